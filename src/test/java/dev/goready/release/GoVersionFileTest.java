package dev.goready.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import org.junit.jupiter.api.Test;

class GoVersionFileTest {
  private static Selector read(String content) {
    return GoVersionFile.selector(content, "/p/.go-version");
  }

  @Test
  void whatWindowsEditorsAddIsNotPartOfTheVersion() {
    assertThat(read("\uFEFF1.22.5\r\n")).isEqualTo(new Selector.Exact(GoVersion.parse("1.22.5").orElseThrow()));
    assertThat(read("  go1.21.13  \n")).isEqualTo(new Selector.Exact(GoVersion.parse("1.21.13").orElseThrow()));
    assertThat(read("# pinned for the CI image\n\n1.23.4 # the one CI uses\n")).hasToString("go1.23.4");
  }

  @Test
  void aLineMeansItsNewestReleaseAndAPreReleaseIsExact() {
    assertThat(read("1.22\n")).isEqualTo(new Selector.Line(1, 22));
    assertThat(read("go1.21rc2")).isInstanceOf(Selector.Exact.class).hasToString("go1.21rc2");
  }

  @Test
  void latestJunkAndEmptyFilesAreUsageErrorsNamingTheFile() {
    assertThatThrownBy(() -> read("latest\n")).isInstanceOf(GoreadyException.class).hasMessageContaining("/p/.go-version says 'latest'")
        .extracting(e -> ((GoreadyException) e).exitCode()).isEqualTo(ExitCode.USAGE);
    assertThatThrownBy(() -> read("system\n")).hasMessage("/p/.go-version: 'system' is not a Go version");
    assertThatThrownBy(() -> read("\u001b[31mred\n")).hasMessageNotContaining("\u001b");
    assertThatThrownBy(() -> read("\uFEFF\r\n# nothing\r\n")).hasMessage("/p/.go-version names no version");
  }
}
