package dev.goready.wsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.host.IniFile;
import org.junit.jupiter.api.Test;

class WslConfigFileTest {
  @Test
  void networkingModeIsReadFromWsl2ElseFromExperimental() {
    assertThat(WslConfigFile.mirrored(IniFile.parse("[experimental]\nnetworkingMode=Mirrored\n"))).isTrue();
    assertThat(WslConfigFile.networkingMode(IniFile.parse("[wsl2]\nnetworkingMode=nat\n[experimental]\nnetworkingMode=mirrored\n"))).contains("nat");
    assertThat(WslConfigFile.networkingMode(IniFile.parse("[wsl2]\nmemory=8GB\n"))).isEmpty();
  }
}
