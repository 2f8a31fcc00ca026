package dev.goready.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.goready.soak.SoakOptions;
import dev.goready.soak.SoakRunner;
import dev.goready.testing.GoreadyProcess;
import dev.goready.testing.TestFiles;
import dev.goready.testing.TestHost;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * goready soak on a real Go module (src/test/resources/soak/project) with Debian's Go 1.19: passing,
 * failing, skipped, slow, allocating tests and one that fails every other run.
 */
class SoakIT {
  static final Path GO_BIN = GoToolchainE2EIT.DEBIAN_GOROOT.resolve("bin");

  @TempDir Path temp;
  Path project;

  @BeforeEach
  void copyProject() throws Exception {
    project = temp.resolve("project");
    TestFiles.copyTree(Path.of("src/test/resources/soak/project"), project);
    Files.createDirectories(temp.resolve("state"));
  }

  record Result(int exit, String output) {}

  Result soak(String... args) throws Exception {
    List<String> argv = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", GoreadyProcess.JAR.toString(), "soak"));
    argv.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(argv).redirectErrorStream(true).directory(temp.toFile());
    builder.environment().put("PATH", GO_BIN + ":/usr/bin:/bin");
    builder.environment().put("GOCACHE", temp.resolve("gocache").toString());
    builder.environment().put("GOPATH", temp.resolve("gopath").toString());
    builder.environment().put("GOFLAGS", "-mod=mod");
    builder.environment().put("SOAK_STATE_DIR", temp.resolve("state").toString());
    builder.environment().put("HOME", temp.toString());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
    return new Result(process.exitValue(), output);
  }

  /** The text of every events-*.jsonl.gz segment, oldest first. */
  static String events(Path out) throws Exception {
    StringBuilder text = new StringBuilder();
    try (var files = Files.list(out)) {
      for (Path segment : files.filter(f -> f.getFileName().toString().matches("events-\\d+\\.jsonl\\.gz")).sorted().toList()) {
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(segment))) {
          text.append(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
      }
    }
    return text.toString();
  }

  static JsonNode summary(Path out) throws Exception {
    return new ObjectMapper().readTree(Files.readAllBytes(out.resolve("summary.json")));
  }

  /** The project as a git checkout with a tracked file changed since its commit; returns the commit. */
  String commitWithAChangeOnTop() throws Exception {
    git("init", "-q");
    git("add", ".");
    git("-c", "user.name=soak", "-c", "user.email=soak@example.com", "commit", "-q", "-m", "soak fixture");
    Files.writeString(project.resolve("calc/calc.go"), Files.readString(project.resolve("calc/calc.go")) + "\n// changed after the commit\n");
    return git("rev-parse", "HEAD").strip();
  }

  String git(String... args) throws Exception {
    List<String> argv = new ArrayList<>(List.of("git", "-C", project.toString()));
    argv.addAll(List.of(args));
    Process git = new ProcessBuilder(argv).redirectErrorStream(true).start();
    String output = new String(git.getInputStream().readAllBytes());
    assertThat(git.waitFor()).as(output).isZero();
    return output;
  }

  @Test
  void countsFlakyTestsFingerprintsCompareAndTheReportRendersInChromium() throws Exception {
    String commit = commitWithAChangeOnTop();
    Path a = temp.resolve("soak-a");
    Result first = soak("--project", project.toString(), "--cycles", "4", "--interval", "0s", "--out", a.toString());
    assertThat(first.exit()).as(first.output()).isEqualTo(1);
    JsonNode s = summary(a);
    assertThat(s.get("schema").asInt()).isEqualTo(1);
    assertThat(s.get("cycles").asInt()).isEqualTo(4);
    assertThat(s.get("failedCycles").asInt()).isEqualTo(4); // TestAlwaysFails
    assertThat(s.get("tests").get("total").asInt()).isEqualTo(32);
    assertThat(s.get("tests").get("skipped").asInt()).isEqualTo(4);
    assertThat(s.get("tests").get("failed").asInt()).isEqualTo(6);
    assertThat(s.get("tests").get("passed").asInt()).isEqualTo(22);
    assertThat(s.get("flaky")).hasSize(1);
    assertThat(s.get("flaky").get(0).get("test").asText()).isEqualTo("TestFlaky");
    assertThat(s.get("flaky").get(0).get("passed").asInt()).isEqualTo(2);
    // TestSlow sleeps 300 ms; on a loaded machine TestAllocates may take longer, so only its presence is certain.
    JsonNode slow = java.util.stream.StreamSupport.stream(s.get("slowest").spliterator(), false)
        .filter(t -> t.get("test").asText().equals("TestSlow")).findFirst().orElseThrow();
    assertThat(slow.get("maxSeconds").asDouble()).isGreaterThanOrEqualTo(0.29);
    assertThat(s.get("gc").get("pauseMaxMs").asDouble()).as("TestAllocates makes the GC run").isGreaterThan(0);
    assertThat(s.get("fingerprint").asText()).startsWith("sha256:");
    assertThat(s.get("ok").asBoolean()).isFalse();
    assertThat(s.get("reasons").get(0).asText()).startsWith("failed-cycles 4 is over its limit 0 (4 cycles over ").endsWith(" s)");
    JsonNode run = s.get("run");
    assertThat(run.get("project").asText()).isEqualTo(project.toRealPath().toString());
    assertThat(run.get("module").asText()).isEqualTo("example.com/soakdemo");
    assertThat(run.get("commit").asText()).isEqualTo(commit);
    assertThat(run.get("dirty").asBoolean()).isTrue();
    assertThat(run.get("test").toString()).isEqualTo("[\"go\",\"test\",\"-json\",\"-count=1\",\"./...\"]");
    assertThat(run.get("race").asBoolean()).isFalse();
    assertThat(run.get("goVersion").asText()).startsWith("go version go1.19");
    assertThat(run.get("goos").asText()).isEqualTo("linux");
    assertThat(run.get("host").get("cpus").asInt()).isPositive();
    assertThat(run.get("host").get("cpu").asText()).isNotBlank();
    assertThat(run.get("host").get("memoryBytes").asLong()).isGreaterThan(1L << 28);
    assertThat(java.time.Instant.parse(run.get("ended").asText())).isAfter(java.time.Instant.parse(run.get("started").asText()));
    assertThat(run.get("goready").asText()).isNotBlank();
    JsonNode failing = s.get("failingTests").get(0);
    assertThat(failing.get("test").asText()).isEqualTo("TestAlwaysFails");
    assertThat(failing.get("failedCycles").asInt()).isEqualTo(4);
    assertThat(failing.get("cycles").toString()).isEqualTo("[1,2,3,4]");
    assertThat(failing.get("output").toString()).contains("this test always fails");
    assertThat(s.get("packages").toString()).contains("\"package\":\"example.com/soakdemo/failing\",\"tests\":1,\"passed\":0,\"failed\":4");
    assertThat(Files.readAllLines(a.resolve("cycles.csv"))).hasSize(5);
    List<String> samples = Files.readAllLines(a.resolve("samples.csv"));
    assertThat(samples.size()).isGreaterThan(4);
    assertThat(samples.getFirst()).endsWith(",goready_rss_bytes,goready_cpu_seconds");
    assertThat(Long.parseLong(samples.get(1).split(",")[11])).as("goready's own RSS, the observer's cost").isBetween(1L << 20, 1L << 30);
    assertThat(s.get("self").get("peakRssBytes").asLong()).isBetween(1L << 20, 1L << 30);
    assertThat(events(a)).contains("\"Action\":\"pass\"", "\"cycle\":4");

    Path b = temp.resolve("soak-b");
    soak("--project", project.toString(), "--cycles", "2", "--interval", "0s", "--out", b.toString());
    assertThat(summary(b).get("fingerprint").asText()).as("same tests, same outcomes").isEqualTo(s.get("fingerprint").asText());
    Result same = soak("compare", a.toString(), b.toString());
    assertThat(same.exit()).as(same.output()).isZero();
    assertThat(same.output()).contains("same outcomes for every test", "tests passed / cycle", "build s/day trend (not judged)")
        .doesNotContain("the runs differ");

    Path c = temp.resolve("soak-c");
    soak("--project", project.toString(), "--cycles", "1", "--interval", "0s", "--test", "go test -count=1 ./calc/...", "--out", c.toString());
    Result differ = soak("compare", a.toString(), c.toString());
    assertThat(differ.exit()).isEqualTo(1);
    assertThat(differ.output()).contains("example.com/soakdemo/failing.TestAlwaysFails", "fail", "absent")
        .contains("warning: the runs differ in --test", "./calc/...");

    assertRendersInChromium(a.resolve("report.html"));
  }

  void assertRendersInChromium(Path report) throws Exception {
    assertThat(Path.of("/usr/bin/chromium")).as("Debian's chromium renders the report; .ci/run installs it").exists();
    List<String> flags = List.of("/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--user-data-dir=" + temp.resolve("chromium-profile"));
    List<String> dump = new ArrayList<>(flags);
    dump.addAll(List.of("--dump-dom", report.toUri().toString()));
    Process dom = new ProcessBuilder(dump).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String html = new String(dom.getInputStream().readAllBytes());
    assertThat(dom.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(html.split("<svg class=\"chart\"", -1).length - 1).as("five charts drawn").isEqualTo(5);
    assertThat(html).contains("<polyline class=\"series\"", "TestFlaky", "flaky-tests", "class=\"failure-mark\"", "@media print", " UTC</text>")
        .contains("id=\"verdict\"", "failed-cycles 4 is over its limit 0", "id=\"run\"", "example.com/soakdemo", "(dirty: tracked files differ")
        .contains("id=\"failing-tests\"", "example.com/soakdemo/failing.TestAlwaysFails", "this test always fails", "1, 2, 3, 4")
        .contains("id=\"packages\"", "id=\"thresholds\"", " pauses", "judged on");

    Path png = temp.resolve("report.png");
    List<String> shot = new ArrayList<>(flags);
    shot.addAll(List.of("--window-size=1000,1600", "--screenshot=" + png, report.toUri().toString()));
    Process screenshot = new ProcessBuilder(shot).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    assertThat(screenshot.waitFor(60, TimeUnit.SECONDS)).isTrue();
    BufferedImage image = ImageIO.read(png.toFile());
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 4) {
      for (int x = 0; x < image.getWidth(); x += 4) {
        colours.add(image.getRGB(x, y));
      }
    }
    assertThat(colours.size()).as("a rendered page, not a blank one").isGreaterThan(50);
  }

  @Test
  void resumingAnotherProjectsSoakIsRefusedAndTheSameProjectContinuesWithItsOwnOptions() throws Exception {
    Path a = temp.resolve("soak-a");
    soak("--project", project.toString(), "--cycles", "1", "--interval", "0s", "--test", "go test -count=1 ./calc/...", "--out", a.toString());
    assertThat(soak("--project", project.toString(), "--cycles", "1", "--out", a.toString()).output()).contains("holds a soak already", "--resume");
    Path other = temp.resolve("other");
    TestFiles.copyTree(project, other);
    Files.writeString(other.resolve("go.mod"), "module example.com/other\n\ngo 1.19\n");
    Result refused = soak("--project", other.toString(), "--resume", a.toString());
    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.output()).contains("is the soak of", "example.com/soakdemo");
    Result changed = soak("--project", project.toString(), "--cycles", "3", "--resume", a.toString());
    assertThat(changed.exit()).isEqualTo(2);
    assertThat(changed.output()).contains("--cycles 1 → 3", "--override");
    Result resumed = soak("--project", project.toString(), "--cycles", "3", "--override", "--resume", a.toString());
    assertThat(resumed.output()).contains("3 cycles");
    assertThat(Files.readAllLines(a.resolve("cycles.csv"))).hasSize(4);
    assertThat(Files.readAllLines(a.resolve("cycles.jsonl"))).hasSize(3);
    JsonNode state = new ObjectMapper().readTree(Files.readAllBytes(a.resolve("state.json")));
    assertThat(state.path("overrides").get(0).asText()).contains("--cycles");
    assertThat(state.path("options").path("test").toString()).contains("./calc/..."); // the saved test step, not the default
    assertThat(soak("--resume", a.toString()).output()).as("the target is reached: nothing more to run").contains("3 cycles");
    assertThat(Files.readAllLines(a.resolve("cycles.jsonl"))).hasSize(3);
  }

  @Test
  void aHangingTestIsKilledWithItsProcessTreeAndABrokenBuildIsReportedPerCycle() throws Exception {
    Files.createDirectories(project.resolve("hang"));
    Files.writeString(project.resolve("hang/hang_test.go"), "package hang\n\nimport (\n\t\"testing\"\n\t\"time\"\n)\n\nfunc TestHangs(t *testing.T) { time.Sleep(time.Hour) }\n");
    Path out = temp.resolve("soak-hang");
    Result hung = soak("--project", project.toString(), "--cycles", "1", "--interval", "0s", "--step-timeout", "8s", "--test", "go test -count=1 ./hang/...", "--out", out.toString());
    assertThat(hung.exit()).isEqualTo(1);
    assertThat(Files.readAllLines(out.resolve("cycles.csv")).get(1)).contains(",true,"); // timed_out
    Thread.sleep(500);
    assertThat(ProcessHandle.allProcesses().flatMap(p -> p.info().command().stream()).filter(c -> c.endsWith("hang.test"))).isEmpty();

    Files.writeString(project.resolve("calc/broken.go"), "package calc\n\nfunc Broken() int { return nope }\n");
    Path broken = temp.resolve("soak-broken");
    Result result = soak("--project", project.toString(), "--cycles", "2", "--interval", "0s", "--test", "go test -count=1 ./calc/...", "--out", broken.toString());
    assertThat(result.exit()).isEqualTo(1);
    List<String> rows = Files.readAllLines(broken.resolve("cycles.csv"));
    assertThat(rows).hasSize(3); // the soak went on after the first broken cycle
    assertThat(rows.get(1).split(",")[3]).isNotEqualTo("0"); // build_exit
    assertThat(rows.get(2).split(",")[3]).isNotEqualTo("0");
    JsonNode build = summary(broken).get("failedBuilds").get(0);
    assertThat(build.get("package").asText()).isEqualTo("example.com/soakdemo/calc");
    assertThat(build.get("cycles").toString()).isEqualTo("[1,2]");
    assertThat(build.get("output").toString()).contains("undefined: nope");
  }

  @Test
  void ctrlCStopsAfterTheCurrentStepAndStillWritesTheReport() throws Exception {
    Path out = temp.resolve("soak-interrupted");
    List<String> argv = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", GoreadyProcess.JAR.toString(),
        "soak", "--project", project.toString(), "--cycles", "100", "--interval", "0s", "--out", out.toString());
    ProcessBuilder builder = new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(temp.resolve("soak.log").toFile());
    builder.environment().put("PATH", GO_BIN + ":/usr/bin:/bin");
    builder.environment().put("GOCACHE", temp.resolve("gocache").toString());
    builder.environment().put("SOAK_STATE_DIR", temp.resolve("state").toString());
    Process process = builder.start();
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    Path firstCycle = out.resolve("cycles.jsonl");
    while (!(Files.exists(firstCycle) && Files.size(firstCycle) > 0) && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
    assertThat(process.waitFor(90, TimeUnit.SECONDS)).isTrue();
    assertThat(out.resolve("report.html")).exists();
    JsonNode s = summary(out);
    assertThat(s.get("cycles").asInt()).isBetween(1, 99);
    assertThat(Files.readAllLines(out.resolve("cycles.csv"))).hasSize(s.get("cycles").asInt() + 1);
  }

  @Test
  void aCycleThatCtrlCCutShortIsNotCountedAsFailed() throws Exception {
    Path out = temp.resolve("soak-cut");
    // setsid: its own process group, which the signal below reaches whole, as a terminal's Ctrl-C does.
    List<String> argv = List.of("setsid", Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", GoreadyProcess.JAR.toString(),
        "soak", "--project", project.toString(), "--cycles", "50", "--interval", "0s", "--build", "true", "--test", "sh -c \"sleep 2\"", "--out", out.toString());
    ProcessBuilder builder = new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(temp.resolve("cut.log").toFile());
    builder.environment().put("PATH", GO_BIN + ":/usr/bin:/bin");
    Process process = builder.start();
    Path log = out.resolve("cycles.jsonl");
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (!(Files.exists(log) && Files.size(log) > 0) && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    Thread.sleep(700); // inside the next cycle's two-second test step
    new ProcessBuilder("kill", "-INT", "--", "-" + process.pid()).start().waitFor();
    assertThat(process.waitFor(90, TimeUnit.SECONDS)).isTrue();
    JsonNode s = summary(out);
    assertThat(s.get("failedCycles").asInt()).isZero();
    assertThat(Files.readAllLines(log)).hasSize(s.get("cycles").asInt());
    assertThat(s.get("stopReason").asText()).contains("cycle " + (s.get("cycles").asInt() + 1) + " was cut short and is not counted");
  }

  /** kill -9 mid-run, then --resume: the run ends as if never stopped, every file whole. */
  @Test
  void resumeAfterKillNineFinishesTheRunWithEveryFileWhole() throws Exception {
    Path out = temp.resolve("soak-killed");
    Path step = temp.resolve("step.sh"); // a test step that reports one passing test and takes a while
    Files.writeString(step, "echo '{\"Action\":\"pass\",\"Package\":\"m\",\"Test\":\"TestA\"}'\nsleep 0.4\n");
    String test = "sh " + step;
    List<String> argv = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", GoreadyProcess.JAR.toString(),
        "soak", "--project", project.toString(), "--cycles", "12", "--interval", "0s", "--sample-interval", "100ms", "--build", "true", "--test", test,
        "--out", out.toString());
    ProcessBuilder builder = new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(temp.resolve("killed.log").toFile());
    builder.environment().put("PATH", GO_BIN + ":/usr/bin:/bin");
    Process process = builder.start();
    Path log = out.resolve("cycles.jsonl");
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (!(Files.exists(log) && Files.readAllLines(log).size() >= 3) && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    Thread.sleep(200); // inside a cycle
    process.destroyForcibly(); // SIGKILL: no shutdown hook, no report
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(out.resolve("summary.json")).doesNotExist();

    Result resumed = soak("--resume", out.toString());
    assertThat(resumed.exit()).as(resumed.output()).isZero();
    JsonNode s = summary(out);
    assertThat(s.get("cycles").asInt()).isEqualTo(12);
    List<String> cycles = Files.readAllLines(log);
    for (int i = 0; i < cycles.size(); i++) {
      assertThat(cycles.get(i)).startsWith("{\"cycle\":" + (i + 1) + ",");
    }
    assertThat(cycles).hasSize(12);
    List<String> samples = Files.readAllLines(out.resolve("samples.csv"));
    assertThat(samples.getFirst()).startsWith("time,");
    assertThat(samples.stream().skip(1)).as("no row cut by the kill").allMatch(row -> row.split(",", -1).length == 13 && row.matches("\\d{4}-.*,-?\\d+\\.\\d{2}"));
    String events = events(out);
    for (int c = 1; c <= 12; c++) {
      assertThat(events).contains("\"cycle\":" + c + ",");
    }
    assertThat(s.get("packages").get(0).get("passed").asInt()).isEqualTo(12);
  }

  @Test
  void aFullDiskStopsTheSoakAndStillWritesTheReport() throws Exception {
    onASmallDisk(0, (out, finished) -> {
      assertThat(finished.stopReason()).contains("stopped");
      assertThat(out.resolve(".room-for-the-report")).as("the room held for the report is given back").doesNotExist();
    });
  }

  @Test
  void theFreeSpaceFloorStopsTheSoakBeforeTheDiskFillsAndKeepsTheEvents() throws Exception {
    onASmallDisk(250_000, (out, finished) -> {
      assertThat(finished.stopReason()).contains("under the", "floor (--min-free)");
      assertThat(events(out)).contains("\"cycle\":1,");
    });
  }

  interface SmallDiskCheck {
    void check(Path out, SoakRunner.Finished finished) throws Exception;
  }

  /** A soak of 200 cycles whose results go to a 400 kB disk: it must stop early, report written. */
  private void onASmallDisk(long minFreeBytes, SmallDiskCheck check) throws Exception {
    try (FileSystem disk = Jimfs.newFileSystem(Configuration.unix().toBuilder().setMaxSize(400_000).setBlockSize(4096).build())) {
      Path out = disk.getPath("/soak");
      TestHost host = new TestHost().with("PATH", GO_BIN + ":/usr/bin:/bin").with("GOCACHE", temp.resolve("gocache").toString())
          .with("GOPATH", temp.resolve("gopath").toString()).with("SOAK_STATE_DIR", temp.resolve("state").toString()).with("HOME", temp.toString());
      SoakOptions options = new SoakOptions(project, Optional.empty(), Optional.of(200), Duration.ZERO,
          List.of(GO_BIN.resolve("go").toString(), "build", "./..."), List.of(GO_BIN.resolve("go").toString(), "test", "-count=1", "-v", "./..."),
          false, Duration.ofMinutes(2), Duration.ofMillis(50), Map.of(), minFreeBytes);
      SoakRunner.Finished finished = new SoakRunner(host, options, out, new PrintStream(new ByteArrayOutputStream()), false).run(Optional.empty());
      assertThat(finished.analysis().cycles()).isBetween(1, 199);
      assertThat(Files.exists(out.resolve("report.html"))).isTrue();
      assertThat(Files.exists(out.resolve("summary.json"))).isTrue();
      check.check(out, finished);
    }
  }
}
