package dev.goready.soak;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.host.ForwardingHost;
import dev.goready.host.ProcessOutcome;
import dev.goready.host.ProcessSample;
import dev.goready.host.ProcessSpec;
import dev.goready.host.Registration;
import dev.goready.testing.TestHost;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SoakRunnerTest {
  @TempDir Path temp;

  /** A machine whose fifth step throws what a JVM out of heap throws. */
  static final class RunsOutOfMemory extends ForwardingHost {
    private int steps;

    RunsOutOfMemory() {
      super(new TestHost());
    }

    @Override
    public ProcessOutcome spawn(ProcessSpec spec, Consumer<ProcessSample> samples, Consumer<String> stdout, Consumer<String> stderr) {
      if (++steps == 5) {
        throw new OutOfMemoryError("Java heap space");
      }
      return delegate.spawn(spec, samples, stdout, stderr);
    }
  }

  @Test
  void runningOutOfMemoryStopsCleanlyWithTheReportOfTheCyclesFinished() throws Exception {
    Path project = Files.createDirectories(temp.resolve("project"));
    Files.writeString(project.resolve("go.mod"), "module example.com/oom\n");
    SoakOptions options = new SoakOptions(project, Optional.empty(), Optional.of(10), Duration.ZERO, List.of("true"), List.of("true"), false,
        Duration.ofMinutes(1), Duration.ofMillis(100), Map.of(), 0);
    Path out = temp.resolve("out");
    SoakRunner.Finished finished = new SoakRunner(new RunsOutOfMemory(), options, out, new PrintStream(OutputStream.nullOutputStream()), false)
        .run(Optional.empty());
    assertThat(finished.stopReason()).contains("goready ran out of its", "MB heap", "GOREADY_JAVA_OPTS=-Xmx1g");
    assertThat(finished.analysis().cycles()).isEqualTo(2);
    assertThat(Files.readString(out.resolve("summary.json"))).contains("\"stopReason\" : \"stopped: goready ran out of its");
    assertThat(Files.readAllLines(out.resolve("cycles.csv"))).hasSize(3);
    assertThat(Files.readString(out.resolve("report.html"))).contains("2 cycles · stopped: goready ran out of its");
    assertThat(out.resolve(RoomForTheReport.FILE)).doesNotExist();
  }

  /** A machine that delivers Ctrl-C during the second step, as a terminal does, and waits for the interrupt handler like the JVM's exit. */
  static final class CtrlCDuringTheTests extends ForwardingHost {
    private int steps;
    private Runnable onInterrupt = () -> {};
    final List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();

    CtrlCDuringTheTests() {
      super(new TestHost());
    }

    @Override
    public Registration onInterrupt(Runnable action) {
      onInterrupt = action;
      return () -> {};
    }

    @Override
    public ProcessOutcome spawn(ProcessSpec spec, Consumer<ProcessSample> samples, Consumer<String> stdout, Consumer<String> stderr) {
      if (++steps == 4) {
        Thread exit = Thread.ofPlatform().start(() -> {
          onInterrupt.run();
          seen.add("the JVM exits");
        });
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        ProcessOutcome cut = delegate.spawn(new ProcessSpec(List.of("false"), spec.dir(), spec.env(), spec.timeout(), spec.sampleInterval()), samples, stdout, stderr);
        seen.add("step cut short");
        return cut;
      }
      return delegate.spawn(spec, samples, stdout, stderr);
    }
  }

  @Test
  void aCycleCtrlCCutsShortIsNotCountedAndTheUserIsToldBeforeTheJvmExits() throws Exception {
    Path project = Files.createDirectories(temp.resolve("project"));
    Files.writeString(project.resolve("go.mod"), "module example.com/cut\n");
    SoakOptions options = new SoakOptions(project, Optional.empty(), Optional.of(10), Duration.ZERO, List.of("true"), List.of("true"), false,
        Duration.ofMinutes(1), Duration.ofMillis(100), Map.of(), 0);
    CtrlCDuringTheTests host = new CtrlCDuringTheTests();
    SoakRunner.Finished finished = new SoakRunner(host, options, temp.resolve("out"), new PrintStream(OutputStream.nullOutputStream()), false)
        .run(Optional.empty(), done -> host.seen.add("told: " + done.stopReason()));
    Thread.sleep(200);
    assertThat(finished.analysis().cycles()).isEqualTo(1);
    assertThat(finished.analysis().failedCycles()).isZero();
    assertThat(host.seen).containsExactly("step cut short", "told: interrupted; cycle 2 was cut short and is not counted (--resume repeats it)", "the JVM exits");
  }
}
