package dev.goready.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goready.GoreadyException;
import org.junit.jupiter.api.Test;

class GoModTest {

  @Test
  void theToolchainLineNamesAnExactRelease() {
    String gomod = """
        module example.com/app // the app

        go 1.21

        toolchain go1.22.4 // pinned by the platform team

        require golang.org/x/mod v0.17.0
        """;
    assertThat(GoMod.selector(gomod, "go.mod")).isEqualTo(new Selector.Exact(GoVersion.parse("go1.22.4").orElseThrow()));
  }

  @Test
  void withoutAToolchainLineTheGoLineIsAMinimum() {
    assertThat(GoMod.selector("module m\n\ngo 1.21.3\n", "go.mod")).isEqualTo(new Selector.AtLeast(GoVersion.parse("1.21.3").orElseThrow()));
    assertThat(GoMod.selector("module m\r\ngo 1.22\r\n", "go.mod")).isEqualTo(new Selector.AtLeast(GoVersion.parse("1.22.0").orElseThrow()));
  }

  @Test
  void aCustomToolchainSuffixStillNamesTheRelease() {
    assertThat(GoMod.selector("go 1.21\ntoolchain go1.21.5-corp.1\n", "go.mod")).isEqualTo(new Selector.Exact(GoVersion.parse("1.21.5").orElseThrow()));
  }

  @Test
  void aGoModWithoutEitherLineIsExplained() {
    assertThatThrownBy(() -> GoMod.selector("module m\n// go 1.22\n", "/src/app/go.mod"))
        .isInstanceOf(GoreadyException.class)
        .hasMessageContaining("/src/app/go.mod has neither a toolchain nor a go line");
    assertThatThrownBy(() -> GoMod.selector("module m\ngo one\n", "go.mod")).hasMessageContaining("'go one' is not a valid Go version");
  }

  /** Found by fuzzing: {@code go 1.99999999999} was an internal error, not the user's bad go.mod. */
  @Test
  void aHugeGoLineIsAUsageError() {
    assertThatThrownBy(() -> GoMod.selector("go 1.99999999999\n", "go.mod"))
        .isInstanceOfSatisfying(GoreadyException.class, e -> assertThat(e.exitCode()).isEqualTo(dev.goready.ExitCode.USAGE));
    assertThatThrownBy(() -> GoMod.selector("go 1.22\ntoolchain go1.23.9223372036854775808\n", "go.mod"))
        .isInstanceOf(GoreadyException.class);
  }
}
