package dev.goready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.host.FixtureHost;
import dev.goready.testing.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** goready wsl … on a WSL2 distro described as a fixture folder (nothing here touches this machine's files). */
class WslCommandsTest {
  @TempDir Path machine;

  @BeforeEach
  void aWsl2Distro() throws Exception {
    Files.writeString(machine.resolve("host.json"), "{\"os\": \"linux\", \"arch\": \"amd64\", \"cwd\": \"/home/ann/src/app\", \"home\": \"/home/ann\"}");
    Files.writeString(machine.resolve("env.json"), "{\"HOME\": \"/home/ann\", \"WSL_DISTRO_NAME\": \"Ubuntu-22.04\", \"WSL_INTEROP\": \"/run/WSL/9_interop\"}");
    Files.createDirectories(machine.resolve("files/proc/sys/kernel"));
    Files.writeString(machine.resolve("files/proc/sys/kernel/osrelease"), "5.15.153.1-microsoft-standard-WSL2\n");
    Files.createDirectories(machine.resolve("files/mnt/c/Users/ann"));
    Files.writeString(machine.resolve("files/mnt/c/Users/ann/.wslconfig"), "[wsl2]\r\nmemory=8GB\r\n");
    Files.writeString(machine.resolve("commands.json"), """
        [{"argv": ["ip", "-4", "addr", "show", "eth0"], "exit": 0, "stdout": "4: eth0: <UP>\\n    inet 172.27.140.12/20 brd 172.27.143.255 scope global eth0\\n"},
         {"argv": ["cmd.exe", "/d", "/c", "echo %USERPROFILE%"], "exit": 0, "stdout": "C:\\\\Users\\\\ann\\r\\n"},
         {"argv": ["netsh.exe", "interface", "portproxy", "show", "v4tov4"], "exit": 0,
          "stdout": "\\r\\nListen on ipv4:             Connect to ipv4:\\r\\n\\r\\nAddress         Port        Address         Port\\r\\n--------------- ----------  --------------- ----------\\r\\n0.0.0.0         8080        172.27.130.4    8080\\r\\n0.0.0.0         5432        172.27.140.12   5432\\r\\n"}]
        """);
  }

  Run run(String... args) {
    return Run.of(new FixtureHost(machine), args);
  }

  @Test
  void portProxyPrintsTheRulesForTheDistrosCurrentAddress() {
    Run run = run("wsl", "portproxy", "8080");
    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(run.out()).contains("connectaddress=172.27.140.12", "New-NetFirewallRule -DisplayName 'WSL port 8080'");
  }

  @Test
  void listFlagsRulesPointingAtAnOldAddress() {
    Run run = run("wsl", "portproxy", "--list");
    assertThat(run.out()).contains("0.0.0.0:8080 -> 172.27.130.4:8080   (stale: the distro is now at 172.27.140.12)")
        .contains("0.0.0.0:5432 -> 172.27.140.12:5432\n");
  }

  @Test
  void mirroredNetworkingNeedsNoProxy() throws Exception {
    Files.writeString(machine.resolve("files/mnt/c/Users/ann/.wslconfig"), "[wsl2]\r\nnetworkingMode=mirrored\r\n");
    assertThat(run("wsl", "portproxy", "8080").out()).contains("no port proxy is needed");
  }

  @Test
  void badValuesAreUsageErrors() {
    assertThat(run("wsl", "config", "--systemd", "maybe").exit()).isEqualTo(2);
    assertThat(run("wsl", "config").err()).contains("no setting given");
    assertThat(run("wsl", "portproxy").err()).contains("no PORT given");
  }

  @Test
  void linkWorkspacePrintsTheUncPathAndTheVsCodeCommand() {
    Run run = run("wsl", "link-workspace");
    assertThat(run.out()).contains("Windows path: \\\\wsl.localhost\\Ubuntu-22.04\\home\\ann\\src\\app", "code --remote wsl+Ubuntu-22.04 /home/ann/src/app");
  }
}
