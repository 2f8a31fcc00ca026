package dev.goready.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalProgressTest {

  @Test
  void showsBytesBarEtaAndRate() {
    String line = TerminalProgress.line("go1.22.5.linux-amd64.tar.gz", 32L << 20, 64L << 20, 4_000_000_000L);
    assertThat(line).isEqualTo("go1.22.5.linux-amd64.tar.gz  32.0 MiB / 64.0 MiB  [############............]  ETA 4s  8.0 MiB/s");
  }

  @Test
  void anUnknownTotalShowsBytesAndRateOnly() {
    assertThat(TerminalProgress.line("x", 1536, -1, 1_000_000_000L)).isEqualTo("x  1.5 KiB  1.5 KiB/s");
  }
}
