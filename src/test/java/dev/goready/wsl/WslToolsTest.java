package dev.goready.wsl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WslToolsTest {

  /** Found by WslOutputPropertiesTest: a line of only separators (":" or "：") threw ArrayIndexOutOfBoundsException. */
  @Test
  void aLineOfOnlySeparatorsHasNoValue() {
    byte[] stdout = "Standardversion: 2\r\n:\r\n\uff1a \r\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
    WslOutput output = WslOutput.of(new dev.goready.host.CommandResult(0, stdout, new byte[0], false, false));
    assertThat(output.valueAt(0)).hasValue("2");
    assertThat(output.valueAt(1)).isEmpty();
    assertThat(output.lastValue()).isEmpty();
  }

  @Test
  void readsTheDistroAddressFromIpOrHostname() {
    String ip = """
        4: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc mq state UP group default qlen 1000
            inet 172.27.140.12/20 brd 172.27.143.255 scope global eth0
               valid_lft forever preferred_lft forever
        """;
    assertThat(PortProxy.address(ip, "")).hasValue("172.27.140.12");
    assertThat(PortProxy.address("", "172.27.140.12 fd00::5 \n")).hasValue("172.27.140.12");
    assertThat(PortProxy.address("", "")).isEmpty();
  }

  @Test
  void parsesNetshRulesWhateverTheHeaderLanguage() {
    String netsh = """

        Abhören an IPv4:            Verbinden mit IPv4:

        Adresse         Port        Adresse         Port
        --------------- ----------  --------------- ----------
        0.0.0.0         8080        172.27.130.4    8080
        0.0.0.0         5432        172.27.140.12   5432
        """;
    assertThat(PortProxy.parseShow(netsh)).containsExactly(
        new PortProxy.Rule("0.0.0.0", 8080, "172.27.130.4", 8080), new PortProxy.Rule("0.0.0.0", 5432, "172.27.140.12", 5432));
  }

  @Test
  void portProxyCommandsAddAndRemoveTheRuleAndTheFirewallOpening() {
    assertThat(PortProxy.addCommands(8080, "172.27.140.12")).containsExactly(
        "netsh interface portproxy add v4tov4 listenport=8080 listenaddress=0.0.0.0 connectport=8080 connectaddress=172.27.140.12",
        "New-NetFirewallRule -DisplayName 'WSL port 8080' -Direction Inbound -Action Allow -Protocol TCP -LocalPort 8080");
    assertThat(PortProxy.removeCommands(8080)).containsExactly(
        "netsh interface portproxy delete v4tov4 listenport=8080 listenaddress=0.0.0.0", "Remove-NetFirewallRule -DisplayName 'WSL port 8080'");
  }

  @Test
  void defenderExclusionsCoverFoldersAndTheToolchainsPrograms() {
    assertThat(DefenderExclusions.commands("C:\\Users\\ann\\AppData\\Local\\goready\\toolchains\\go1.23.4", "arm64",
        List.of("C:\\Users\\ann\\go", "C:\\Users\\ann\\AppData\\Local\\go-build", "C:\\Users\\ann\\go\\pkg\\mod"))).containsExactly(
        "Add-MpPreference -ExclusionPath 'C:\\Users\\ann\\go'",
        "Add-MpPreference -ExclusionPath 'C:\\Users\\ann\\AppData\\Local\\go-build'",
        "Add-MpPreference -ExclusionPath 'C:\\Users\\ann\\go\\pkg\\mod'",
        "Add-MpPreference -ExclusionPath 'C:\\Users\\ann\\AppData\\Local\\goready\\toolchains\\go1.23.4'",
        "Add-MpPreference -ExclusionProcess 'C:\\Users\\ann\\AppData\\Local\\goready\\toolchains\\go1.23.4\\bin\\go.exe'",
        "Add-MpPreference -ExclusionProcess 'C:\\Users\\ann\\AppData\\Local\\goready\\toolchains\\go1.23.4\\pkg\\tool\\windows_arm64\\compile.exe'",
        "Add-MpPreference -ExclusionProcess 'C:\\Users\\ann\\AppData\\Local\\goready\\toolchains\\go1.23.4\\pkg\\tool\\windows_arm64\\link.exe'",
        "Add-MpPreference -ExclusionProcess 'C:\\Users\\ann\\AppData\\Local\\goready\\toolchains\\go1.23.4\\pkg\\tool\\windows_arm64\\asm.exe'");
  }

  @Test
  void theWorkspaceIsReachedThroughWslLocalhost() {
    assertThat(WorkspaceLink.uncPath("Ubuntu-22.04", "/home/ann/src/app")).isEqualTo("\\\\wsl.localhost\\Ubuntu-22.04\\home\\ann\\src\\app");
    List<String> commands = WorkspaceLink.commands("Ubuntu-22.04", "/home/ann/src/app", "C:\\Users\\ann");
    assertThat(commands.getFirst()).contains("CreateShortcut('C:\\Users\\ann\\Desktop\\app (WSL).lnk')", "TargetPath = '\\\\wsl.localhost\\Ubuntu-22.04\\home\\ann\\src\\app'");
    assertThat(commands.getLast()).isEqualTo("code --remote wsl+Ubuntu-22.04 /home/ann/src/app");
  }
}
