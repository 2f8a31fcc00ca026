package dev.goready.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which fix commands are doctor --fix actions: plain goready install, use and env lines, go env -u, and the held wsl config and defender lines. */
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
    for (String advice : List.of("go env -w GOMODCACHE=/home/ann/go/pkg/mod", "go env -u goarch", "go env -u GOARCH GOOS", "go build ./...",
        "goready windows defender", "goready wsl config", "sudo goready install", "goready self uninstall --yes",
        "goready doctor --fix", "goready install; rm -rf ~", "goready install $(curl x)", "goready env | sh", "goready install `id`",
        "goready env > ~/.bashrc", "goready", "export PATH=\"$HOME/.local/share/goready/current/bin:$PATH\"", "goready use 'x y'")) {
      assertThat(FixAction.of(advice)).as(advice).isEmpty();
    }
  }

  @Test
  void unsettingAGoSettingIsAnActionGoreadyCarriesOutItself() {
    FixAction unset = FixAction.of("go env -u GOFLAGS").orElseThrow();
    assertThat(unset.program()).isEqualTo(FixAction.Program.GO);
    assertThat(unset.args()).containsExactly("env", "-u", "GOFLAGS");
    assertThat(unset.held()).isEmpty();
    assertThat(unset.command()).isEqualTo("go env -u GOFLAGS");
  }

  @Test
  void actionsThatNeedRootElevationOrAWslRestartAreHeldWithTheReason() {
    assertThat(FixAction.of("goready wsl config --systemd on").orElseThrow().held()).hasValueSatisfying(why -> assertThat(why).contains("needs root", "wsl.exe --shutdown"));
    assertThat(FixAction.of("goready wsl config --dns-tunneling on").orElseThrow().held()).hasValueSatisfying(why -> assertThat(why).doesNotContain("root").contains("wsl.exe --shutdown"));
    assertThat(FixAction.of("goready windows defender --apply").orElseThrow().held()).hasValue("needs an elevated (administrator) terminal");
    assertThat(FixAction.of("goready env").orElseThrow().held()).isEmpty();
  }

  @Test
  void aFixListsItsActionsInOrderAndSkipsTheAdvice() {
    Fix fix = Fix.of("text", "export PATH=/x:$PATH", "goready install", "goready env");
    assertThat(fix.actions()).extracting(FixAction::command).containsExactly("goready install", "goready env");
  }
}
