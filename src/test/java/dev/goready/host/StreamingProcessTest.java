package dev.goready.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamingProcessTest {
  @TempDir Path dir;

  /** A test suite that prints tens of megabytes: every line arrives, one at a time, and nothing is kept. */
  @Test
  void hugeOutputIsStreamedLineByLine() throws Exception {
    AtomicLong lines = new AtomicLong();
    AtomicLong longest = new AtomicLong();
    ProcessOutcome outcome = new RealHost().spawn(new ProcessSpec(List.of("sh", "-c", "yes '{\"Action\":\"output\",\"Output\":\"0123456789abcdef\"}' | head -n 1500000"),
        dir, Map.of("PATH", "/usr/bin:/bin"), Duration.ofMinutes(2), Duration.ofMillis(1000)), sample -> { }, line -> {
          lines.incrementAndGet();
          longest.accumulateAndGet(line.length(), Math::max);
        }, line -> { });
    assertThat(outcome.exit()).isZero();
    assertThat(outcome.timedOut()).isFalse();
    assertThat(lines.get()).isEqualTo(1_500_000);
    assertThat(longest.get()).isEqualTo(47);
  }

  @Test
  void aStepPastItsTimeoutIsKilledWithItsChildren() throws Exception {
    ProcessOutcome outcome = new RealHost().spawn(new ProcessSpec(List.of("sh", "-c", "sleep 300 & sleep 300; wait"), dir, Map.of("PATH", "/usr/bin:/bin"),
        Duration.ofMillis(500), Duration.ofMillis(100)), sample -> { }, line -> { }, line -> { });
    assertThat(outcome.timedOut()).isTrue();
    Thread.sleep(300);
    assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).count()).isZero();
  }
}
