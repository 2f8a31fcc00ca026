package dev.goready.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which fix commands doctor --fix may run itself: only plain goready install, use and env lines. */
class FixActionTest {
  @Test
  void plainInstallUseAndEnvLinesAreActions() {
    assertThat(FixAction.of("goready install").orElseThrow().args()).containsExactly("install");
    assertThat(FixAction.of("goready install --arch arm64").orElseThrow().args()).containsExactly("install", "--arch", "arm64");
    assertThat(FixAction.of("goready use 1.22").orElseThrow().command()).isEqualTo("goready use 1.22");
    assertThat(FixAction.of("goready env").orElseThrow().args()).containsExactly("env");
  }

  @Test
  void shellLinesOtherCommandsAndShellSyntaxAreAdviceOnly() {
    for (String advice : List.of("go env -w GOMODCACHE=/home/ann/go/pkg/mod", "sudo goready install", "goready self uninstall --yes",
        "goready doctor --fix", "goready install; rm -rf ~", "goready install $(curl x)", "goready env | sh", "goready install `id`",
        "goready env > ~/.bashrc", "goready", "export PATH=\"$HOME/.local/share/goready/current/bin:$PATH\"", "goready use 'x y'")) {
      assertThat(FixAction.of(advice)).as(advice).isEmpty();
    }
  }

  @Test
  void aFixListsItsActionsInOrderAndSkipsTheAdvice() {
    Fix fix = Fix.of("text", "export PATH=/x:$PATH", "goready install", "goready env");
    assertThat(fix.actions()).extracting(FixAction::command).containsExactly("goready install", "goready env");
  }
}
