package dev.goready.soak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.testing.Fuzz;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CycleLogTest {
  /** Every cycle the log holds, in order; the count read() returns must agree. */
  static List<CycleResult> readAll(Path out) throws IOException {
    List<CycleResult> cycles = new java.util.ArrayList<>();
    int count = CycleLog.read(out, cycles::add);
    assertThat(count).isEqualTo(cycles.size());
    return cycles;
  }

  @TempDir Path out;

  private static CycleResult cycle(int n) {
    return SoakAnalysisTest.cycle(n, 1_700_000_000_000L + n * 90_000L, 1.5, 2.5, 40_000_000L,
        Map.of("example.com/a TestOne", "pass", "example.com/a TestTwo", n % 3 == 0 ? "fail" : "pass"));
  }

  private void write(int cycles) throws IOException {
    try (CycleLog log = CycleLog.open(out)) {
      for (int n = 1; n <= cycles; n++) {
        log.append(cycle(n));
      }
    }
  }

  @Test
  void cyclesComeBackAsTheyWereAppended() throws IOException {
    write(4);
    assertThat(readAll(out)).containsExactly(cycle(1), cycle(2), cycle(3), cycle(4));
  }

  @Test
  void aTornLastLineFromAKillIsDroppedAndCutSoTheNextAppendStartsClean() throws IOException {
    write(3);
    Files.writeString(out.resolve(CycleLog.FILE), "{\"cycle\":4,\"startEpo", StandardOpenOption.APPEND);
    assertThat(readAll(out)).hasSize(3);
    try (CycleLog log = CycleLog.open(out)) {
      log.append(cycle(4));
    }
    assertThat(readAll(out)).containsExactly(cycle(1), cycle(2), cycle(3), cycle(4));
  }

  @Test
  void aTornTailLongerThanOneReadIsCutAtTheLastWholeLine() throws IOException {
    write(2);
    Path file = out.resolve(CycleLog.FILE);
    long whole = Files.size(file);
    Files.writeString(file, "{\"cycle\":3,\"outcomes\":{" + "\"m TestX\":\"pass\",".repeat(20_000), StandardOpenOption.APPEND); // ~400 kB, no newline
    assertThat(readAll(out)).containsExactly(cycle(1), cycle(2));
    assertThat(Files.size(file)).isEqualTo(whole);
  }

  @Test
  void aChangedLineInTheMiddleIsRefusedWithItsLineNumber() throws IOException {
    write(3);
    Path file = out.resolve(CycleLog.FILE);
    List<String> lines = Files.readAllLines(file);
    Files.write(file, List.of(lines.get(0), "{not json", lines.get(2)));
    assertThatThrownBy(() -> readAll(out)).isInstanceOfSatisfying(GoreadyException.class, e -> {
      assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(e.getMessage()).contains(file + ":2");
    });
    Files.write(file, List.of(lines.get(0), lines.get(1).replaceFirst("\"outcomes\":\\{[^}]*\\}", "\"outcomes\":null")));
    assertThatThrownBy(() -> readAll(out)).hasMessageContaining(file + ":2");
    Files.write(file, List.of(lines.get(0), lines.get(2)));
    assertThatThrownBy(() -> readAll(out)).hasMessageContaining("holds cycle 3 where cycle 2 belongs");
  }

  @Test
  void stateKeepsTheOptionsAndTheirOverrides() throws IOException {
    SoakOptions options = new SoakOptions(out, Optional.of(Duration.ofHours(72)), Optional.empty(), Duration.ofSeconds(90),
        List.of("go", "build", "./..."), List.of("go", "test", "-count=1", "./..."), true, Duration.ofMinutes(30), Duration.ofSeconds(1),
        Map.of("gc-pause-p99", 20.0), 1L << 30);
    SoakState state = new SoakState("/p", "example.com/p", 42L, options, List.of()).withOptions(options, "2026-12-04T00:00:00Z: --race false → true");
    state.write(out);
    assertThat(SoakState.read(out)).isEqualTo(state);
  }

  /** Wherever a kill cuts the log, what is read back is the cycles written before the cut, in order. */
  @Property(tries = 200)
  void anyCutReadsBackAPrefix(@ForAll @IntRange(min = 0, max = 100) int percent) throws IOException {
    Path dir = Files.createTempDirectory("cycle-log");
    try (CycleLog log = CycleLog.open(dir)) {
      for (int n = 1; n <= 5; n++) {
        log.append(cycle(n));
      }
    }
    Path file = dir.resolve(CycleLog.FILE);
    byte[] whole = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(whole, whole.length * percent / 100));
    List<CycleResult> read = readAll(dir);
    assertThat(read).isEqualTo(List.of(cycle(1), cycle(2), cycle(3), cycle(4), cycle(5)).subList(0, read.size()));
    assertThat(Files.size(file)).isEqualTo(new String(whole, StandardCharsets.UTF_8).lines().limit(read.size()).mapToLong(l -> l.length() + 1).sum());
    dev.goready.install.Trees.deleteRecursively(dir);
  }

  @Provide
  Arbitrary<byte[]> logs() {
    String line = "{\"cycle\":1,\"startEpochMillis\":1,\"buildSeconds\":1.0,\"buildExit\":0,\"testSeconds\":1.0,\"testExit\":0,\"timedOut\":false,"
        + "\"failedBuilds\":[],\"outcomes\":{\"m T\":\"pass\"},\"testTimes\":{\"m T\":0.1},\"peakRssBytes\":1,\"meanRssBytes\":1,\"cpuSeconds\":1.0,"
        + "\"gcPausesMs\":[0.1],\"peakHeapMb\":1,\"networkFailures\":0,\"moduleFetches\":0}\n";
    return Fuzz.nearBytes(List.of(line.getBytes(StandardCharsets.UTF_8), (line + line.replace("\"cycle\":1", "\"cycle\":2")).getBytes(StandardCharsets.UTF_8)));
  }

  /** A hand-edited or damaged log: read back, or refused as exit 2 — never a crash. */
  @Property
  @Tag("fuzz")
  void damagedLogsAreReadOrRefused(@ForAll("logs") byte[] log) throws IOException {
    Path dir = Files.createTempDirectory("cycle-log");
    Files.write(dir.resolve(CycleLog.FILE), log);
    Fuzz.only(log, () -> readAll(dir), GoreadyException.class);
    dev.goready.install.Trees.deleteRecursively(dir);
  }
}
