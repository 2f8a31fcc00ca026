package dev.goready.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReleaseSourceTest {
  /** list --remote offline said "using the index cached 1 minutes ago". */
  @Test
  void theCachedIndexsAgeReadsAsEnglish() {
    assertThat(ReleaseSource.describe(Duration.ofSeconds(5))).isEqualTo("1 minute");
    assertThat(ReleaseSource.describe(Duration.ofMinutes(1))).isEqualTo("1 minute");
    assertThat(ReleaseSource.describe(Duration.ofMinutes(90))).isEqualTo("90 minutes");
    assertThat(ReleaseSource.describe(Duration.ofHours(5))).isEqualTo("5 hours");
    assertThat(ReleaseSource.describe(Duration.ofDays(3))).isEqualTo("3 days");
  }
}
