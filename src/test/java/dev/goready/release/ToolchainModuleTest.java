package dev.goready.release;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The golang.org/toolchain module's names for a Go version on a platform. */
class ToolchainModuleTest {
  @Test
  void toolchainModuleNames() {
    assertThat(new ToolchainModule("go1.21.0", new Platform("linux", "armv6l")).version()).isEqualTo("v0.0.1-go1.21.0.linux-arm");
    assertThat(new ToolchainModule("go1.23rc2", new Platform("windows", "arm64")).proxyPath(".zip")).isEqualTo("/golang.org/toolchain/@v/v0.0.1-go1.23rc2.windows-arm64.zip");
    assertThat(ToolchainModule.parseListed("v0.0.1-go1.22.5.linux-amd64", new Platform("linux", "amd64"))).map(Object::toString).contains("go1.22.5");
    assertThat(ToolchainModule.parseListed("v0.0.1-go1.22.5.darwin-amd64", new Platform("linux", "amd64"))).isEmpty();
  }

  @Test
  void releasesBeforeGo121HaveNoModule() {
    Platform linux = new Platform("linux", "amd64");
    assertThat(new ToolchainModule("go1.20.14", linux).absence()).hasValue("no golang.org/toolchain module exists for go1.20.14 (they exist from go1.21.0 on)");
    assertThat(new ToolchainModule("go1.21rc2", linux).absence()).isPresent();
    assertThat(new ToolchainModule("go1.21.0", linux).absence()).isEmpty();
    assertThat(new ToolchainModule("go1.22.5", linux).absence()).isEmpty();
  }
}
