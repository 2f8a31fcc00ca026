package dev.goready.self;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import org.junit.jupiter.api.Test;

class ReleaseSumsTest {
  private static final String A = "a".repeat(64);
  private static final String B = "b".repeat(64);

  @Test
  void findsThisPlatformsBundleAmongOtherFiles() {
    ReleaseSums sums = ReleaseSums.parse(A + "  goready-0.2.0-linux-x64.tar.gz\n" + B.toUpperCase() + " *goready-0.2.0-windows-arm64.zip\r\n"
        + A + "  install.sh\n", "SUMS");

    assertThat(sums.bundleFor("linux-x64", "SUMS").orElseThrow().getKey()).isEqualTo(new BundleName("0.2.0", "linux-x64"));
    assertThat(sums.bundleFor("windows-arm64", "SUMS").orElseThrow().getValue()).isEqualTo(B);
    assertThat(sums.bundleFor("macos-arm64", "SUMS")).isEmpty();
  }

  @Test
  void anErrorPageInsteadOfSumsIsMalformedAndSaysWhichLine() {
    assertThatThrownBy(() -> ReleaseSums.parse("\n<html>\u001b[2Jnot found</html>\n", "http://m/SHA256SUMS"))
        .isInstanceOf(GoreadyException.class)
        .hasMessage("release index http://m/SHA256SUMS is malformed: line 2 is not \"<sha256>  <file>\": <html>\\x1b[2Jnot found</html>")
        .satisfies(e -> assertThat(((GoreadyException) e).exitCode()).isEqualTo(ExitCode.NETWORK));
  }

  @Test
  void twoBundlesForOnePlatformAreNotARelease() {
    ReleaseSums sums = ReleaseSums.parse(A + "  goready-0.2.0-linux-x64.tar.gz\n" + B + "  goready-0.3.0-linux-x64.tar.gz\n", "SUMS");
    assertThatThrownBy(() -> sums.bundleFor("linux-x64", "SUMS")).hasMessageContaining("lists 2 bundles for linux-x64");
    assertThatThrownBy(() -> ReleaseSums.parse(A + "  goready-0.2.0-linux-x64.tar.gz\n" + B + "  goready-0.2.0-linux-x64.tar.gz\n", "SUMS"))
        .hasMessageContaining("lists goready-0.2.0-linux-x64.tar.gz twice, with two digests");
  }

  @Test
  void namesThatAreNotBundlesOrClimbOutAreIgnored() {
    assertThat(BundleName.parse("goready-0.2.0-windows-x64.tar.gz")).as("Windows bundles are zips").isEmpty();
    assertThat(BundleName.parse("goready-0.2.0-linux-x64.zip")).isEmpty();
    assertThat(BundleName.parse("../goready-0.2.0-linux-x64.tar.gz")).isEmpty();
    assertThat(BundleName.parse("goready-0..2-linux-x64.tar.gz")).isEmpty();
    assertThat(BundleName.parse("goready-0.2.0-plan9-x64.tar.gz")).isEmpty();
    assertThat(BundleName.isVersion("0.2.0")).isTrue();
    assertThat(BundleName.isVersion("current")).isFalse();
  }
}
