package dev.goready.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RealHostTest {
  private final RealHost host = new RealHost();

  @Test
  void runsAProgramAndKeepsItsOutputAsBytes() {
    CommandResult result = host.run(List.of("sh", "-c", "printf 'out'; printf 'err' >&2; exit 3"), Duration.ofSeconds(10));
    assertThat(result.exit()).isEqualTo(3);
    assertThat(result.stdoutText()).isEqualTo("out");
    assertThat(result.stderrText()).isEqualTo("err");
    assertThat(result.timedOut()).isFalse();
  }

  @Test
  void neverWaitsPastTheTimeout() {
    long start = System.nanoTime();
    CommandResult result = host.run(List.of("sleep", "30"), Duration.ofMillis(300));
    assertThat(result.timedOut()).isTrue();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void aMissingProgramIsNotFoundNotAnError() {
    assertThat(host.run(List.of("no-such-program-goready"), Duration.ofSeconds(5)).notFound()).isTrue();
  }
}
