package dev.goready.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ManagedBlockTest {
  static final List<String> BODY = List.of("# Go on PATH", "[ -f '/h/env.sh' ] && . '/h/env.sh'");

  @ParameterizedTest
  @ValueSource(strings = {"", "export EDITOR=vim\n", "export EDITOR=vim", "a\r\nb\r\n", "a\r\nb", "\n\n", "only\n# trailing comment"})
  void installingIsIdempotentAndRemovingGivesBackTheExactText(String original) {
    String eol = original.contains("\r\n") ? "\r\n" : "\n";
    String installed = ManagedBlock.install(original, BODY, eol, "f").orElseThrow();
    assertThat(installed).contains(ManagedBlock.BEGIN + eol + BODY.get(0) + eol + BODY.get(1) + eol + ManagedBlock.END);
    assertThat(ManagedBlock.install(installed, BODY, eol, "f")).as("a second install changes nothing").isEmpty();
    assertThat(ManagedBlock.remove(installed, "f")).hasValue(original);
    assertThat(installed.endsWith("\n")).as("keeps the final newline as found").isEqualTo(original.isEmpty() || original.endsWith("\n"));
  }

  /** Found by ConfigFilesPropertiesTest: a last line ending in a lone CR lost it on removal. */
  @Test
  void aLastLineEndingInALoneCarriageReturnKeepsIt() {
    for (String eol : List.of("\n", "\r\n")) {
      String installed = ManagedBlock.install("export EDITOR=vi\r", BODY, eol, "f").orElseThrow();
      assertThat(ManagedBlock.remove(installed, "f")).hasValue("export EDITOR=vi\r");
    }
  }

  @Test
  void goldenInstallIntoAProfileWithoutFinalNewline() {
    assertThat(ManagedBlock.install("export EDITOR=vim", BODY, "\n", "f")).hasValue("""
        export EDITOR=vim
        # >>> goready >>>
        # Go on PATH
        [ -f '/h/env.sh' ] && . '/h/env.sh'
        # <<< goready <<<""");
  }

  @Test
  void anExistingBlockIsUpdatedWhereItStands() {
    String text = "a\n# >>> goready >>>\nold line\n# <<< goready <<<\nb\n";
    assertThat(ManagedBlock.install(text, BODY, "\n", "f")).hasValue(
        "a\n# >>> goready >>>\n# Go on PATH\n[ -f '/h/env.sh' ] && . '/h/env.sh'\n# <<< goready <<<\nb\n");
    assertThat(ManagedBlock.remove(text, "f")).hasValue("a\nb\n");
  }

  @Test
  void aBlockWhoseEndMarkerWasDeletedIsRefusedWithTheLines() {
    String text = "a\n# >>> goready >>>\n[ -f x ] && . x\nexport FOO=1\n";
    assertThatThrownBy(() -> ManagedBlock.install(text, BODY, "\n", "/home/ann/.bashrc"))
        .isInstanceOfSatisfying(GoreadyException.class, e -> {
          assertThat(e.exitCode()).isEqualTo(ExitCode.LOCAL);
          assertThat(e.getMessage()).contains("/home/ann/.bashrc", "end marker", "nothing was changed");
          assertThat(e.hint()).hasValueSatisfying(h -> assertThat(h).contains("[ -f x ] && . x", "export FOO=1"));
        });
    assertThatThrownBy(() -> ManagedBlock.remove("# <<< goready <<<\n", "f")).hasMessageContaining("without");
  }

  @Test
  void markersMustStartALine() {
    assertThat(ManagedBlock.install("echo '# >>> goready >>>'\n", BODY, "\n", "f")).hasValueSatisfying(t -> assertThat(t).startsWith("echo '# >>> goready >>>'\n# >>> goready >>>"));
  }
}
