package dev.goready.app;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.audit.AuditEntry;
import dev.goready.config.WslConfigPlanner;
import dev.goready.host.CommandResult;
import dev.goready.host.FileEdit;
import dev.goready.host.FileEditor;
import dev.goready.host.Host;
import dev.goready.host.HostKind;
import dev.goready.host.IniFile;
import dev.goready.host.WindowsProfile;
import dev.goready.wsl.PortProxy;
import dev.goready.wsl.WorkspaceLink;
import dev.goready.wsl.WslConfigFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The WSL helpers: port proxies to reach a server in the distro, wsl.conf and .wslconfig settings,
 * and a Windows shortcut to the Linux source tree. Each builds its plan from what the machine says
 * (through Host) and runs it only when asked.
 */
public final class WslService {
  static final Path WSL_CONF = Path.of("/etc/wsl.conf");

  private final Composition parts;
  private final Host host;

  WslService(Composition parts) {
    this.parts = parts;
    this.host = parts.host();
  }

  /** One of Windows' port proxies, and whether it points at an address the distro no longer has. */
  public record ProxyLine(PortProxy.Rule rule, Optional<String> currentAddress) {
    public boolean stale() {
      return currentAddress.isPresent() && !rule.connectAddress().equals(currentAddress.get());
    }
  }

  /** The port proxies Windows has now. */
  public List<ProxyLine> portProxies() {
    Optional<String> address = distroAddress(portProxyKind());
    CommandResult show = host.run(List.of("netsh.exe", "interface", "portproxy", "show", "v4tov4"), Duration.ofSeconds(10));
    return PortProxy.parseShow(show.stdoutText()).stream().map(rule -> new ProxyLine(rule, address)).toList();
  }

  /** What reaches PORT from other machines: nothing to do under mirrored networking, else netsh and firewall lines. */
  public sealed interface PortProxyPlan {}

  public record NotNeeded(int port) implements PortProxyPlan {}

  public record ProxyCommands(int port, boolean remove, Optional<String> address, CommandPlan plan) implements PortProxyPlan {}

  public PortProxyPlan portProxy(int port, boolean remove) {
    HostKind kind = portProxyKind();
    Optional<String> address = distroAddress(kind);
    if (!remove && mirrored(kind)) {
      return new NotNeeded(port);
    }
    List<String> commands = remove ? PortProxy.removeCommands(port)
        : PortProxy.addCommands(port, address.orElseThrow(() -> new GoreadyException(ExitCode.LOCAL,
            "cannot find the distro's address (ip -4 addr show eth0)", "is the distro running in WSL2 NAT mode?")));
    return new ProxyCommands(port, remove, address, new CommandPlan(List.of("# in an elevated PowerShell on Windows:"), commands));
  }

  /** Runs each line in order; the first failure stops, saying whether elevation was missing. */
  public void apply(ProxyCommands proxy) {
    for (String command : proxy.plan().commands()) {
      CommandResult result = host.powershell(command, Duration.ofSeconds(30));
      String output = (result.stdoutText() + result.stderrText()).strip();
      if (!result.succeeded()) {
        boolean elevation = output.contains("elevation") || output.contains("Access is denied") || output.contains("0x80070005");
        throw new GoreadyException(ExitCode.LOCAL, "'" + command + "' failed: " + output.lines().findFirst().orElse("exit " + result.exit()),
            elevation ? "run it from an elevated (Run as administrator) terminal" : "run the printed commands by hand to see why");
      }
    }
  }

  private HostKind portProxyKind() {
    HostKind kind = HostKind.of(host);
    if (!kind.isWsl() && kind != HostKind.WINDOWS) {
      throw new GoreadyException(ExitCode.USAGE, "port proxies are for WSL2 on Windows; this is " + kind.id(), "run it inside the distro or on Windows");
    }
    return kind;
  }

  private Optional<String> distroAddress(HostKind kind) {
    if (kind == HostKind.WINDOWS) {
      CommandResult hostname = host.run(List.of("wsl.exe", "hostname", "-I"), Duration.ofSeconds(10));
      return PortProxy.address("", hostname.stdoutText());
    }
    CommandResult ip = host.run(List.of("ip", "-4", "addr", "show", "eth0"), Duration.ofSeconds(5));
    CommandResult hostname = ip.succeeded() ? ip : host.run(List.of("hostname", "-I"), Duration.ofSeconds(5));
    return PortProxy.address(ip.stdoutText(), hostname.stdoutText());
  }

  private boolean mirrored(HostKind kind) {
    return WindowsProfile.locate(host, kind, Duration.ofSeconds(5))
        .flatMap(profile -> host.readFile(profile.resolve(".wslconfig")))
        .map(text -> WslConfigFile.mirrored(IniFile.parse(text))).orElse(false);
  }

  /** Settings for /etc/wsl.conf (inside the distro) and .wslconfig (in the Windows profile); null values are not set. */
  public record ConfigRequest(String systemd, String appendWindowsPath, String generateResolvConf, String networkingMode, String dnsTunneling,
      String autoProxy) {}

  /** The edits that set them, in the order they apply; empty when everything is already so. */
  public record ConfigPlan(List<WslConfigPlanner.Setting> settings, List<FileEdit> edits) {}

  public ConfigPlan configPlan(ConfigRequest request) {
    HostKind kind = HostKind.of(host);
    List<WslConfigPlanner.Setting> settings = new ArrayList<>();
    if (request.systemd() != null || request.appendWindowsPath() != null || request.generateResolvConf() != null) {
      if (!kind.isWsl()) {
        throw new GoreadyException(ExitCode.USAGE, "/etc/wsl.conf lives inside a WSL distro; this is " + kind.id(), "run goready wsl config inside the distro");
      }
      add(settings, WSL_CONF, "boot", "systemd", onOff("--systemd", request.systemd()));
      add(settings, WSL_CONF, "interop", "appendWindowsPath", onOff("--append-windows-path", request.appendWindowsPath()));
      add(settings, WSL_CONF, "network", "generateResolvConf", onOff("--generate-resolv-conf", request.generateResolvConf()));
    }
    String networkingMode = request.networkingMode();
    if (networkingMode != null || request.dnsTunneling() != null || request.autoProxy() != null) {
      Path profile = WindowsProfile.locate(host, kind, Duration.ofSeconds(5))
          .orElseThrow(() -> new GoreadyException(ExitCode.LOCAL, "cannot find the Windows user profile that holds .wslconfig",
              "run it from Windows, or turn WSL interop on so goready can ask Windows where %UserProfile% is"));
      Path wslconfig = profile.resolve(".wslconfig");
      if (networkingMode != null && !List.of("nat", "mirrored").contains(networkingMode.toLowerCase(Locale.ROOT))) {
        throw new GoreadyException(ExitCode.USAGE, "--networking-mode " + networkingMode + " is not nat or mirrored", "mirrored shares Windows' interfaces and localhost");
      }
      add(settings, wslconfig, "wsl2", "networkingMode", networkingMode == null ? null : networkingMode.toLowerCase(Locale.ROOT));
      add(settings, wslconfig, "wsl2", "dnsTunneling", onOff("--dns-tunneling", request.dnsTunneling()));
      add(settings, wslconfig, "wsl2", "autoProxy", onOff("--auto-proxy", request.autoProxy()));
    }
    if (settings.isEmpty()) {
      throw new GoreadyException(ExitCode.USAGE, "no setting given", "for example goready wsl config --systemd on, or --networking-mode mirrored");
    }
    return new ConfigPlan(List.copyOf(settings), WslConfigPlanner.plan(settings));
  }

  private static void add(List<WslConfigPlanner.Setting> settings, Path file, String section, String key, String value) {
    if (value != null) {
      settings.add(new WslConfigPlanner.Setting(file, section, key, value));
    }
  }

  private static String onOff(String option, String value) {
    if (value == null) {
      return null;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "on", "true", "yes" -> "true";
      case "off", "false", "no" -> "false";
      default -> throw new GoreadyException(ExitCode.USAGE, option + " " + value + " is not on or off", "for example " + option + " on");
    };
  }

  /** Writes the edits under the store lock, one audit entry per file. */
  public void apply(ConfigPlan plan) throws Exception {
    if (plan.edits().stream().anyMatch(e -> e.path().equals(WSL_CONF)) && !Files.isWritable(Files.exists(WSL_CONF) ? WSL_CONF : WSL_CONF.getParent())) {
      throw new GoreadyException(ExitCode.LOCAL, WSL_CONF + " is not writable: it needs root", "rerun it with sudo (sudo -E ./goready wsl config …)");
    }
    parts.locked(activation -> {
      for (FileEdit edit : plan.edits()) {
        FileEditor.apply(edit);
        parts.audit().append("wsl-config", edit.path().toString(), AuditEntry.OK, Map.of("settings", plan.settings().stream()
            .filter(s -> s.file().equals(edit.path())).map(s -> "[" + s.section() + "] " + s.key() + "=" + s.value()).toList()));
      }
      return null;
    });
  }

  /** The \\wsl.localhost path Windows sees for DIR, and the shortcut and VS Code lines. */
  public record WorkspacePlan(String uncPath, CommandPlan plan) {}

  public WorkspacePlan linkWorkspace(Optional<String> dir) {
    if (!HostKind.of(host).isWsl()) {
      throw new GoreadyException(ExitCode.USAGE, "link-workspace runs inside a WSL distro", "run it in the distro, in the project's folder");
    }
    String linuxPath = host.path(dir.orElse(host.cwd().toString())).toAbsolutePath().normalize().toString();
    if (linuxPath.matches("/mnt/[a-z](/.*)?")) {
      throw new GoreadyException(ExitCode.USAGE, linuxPath + " is on a Windows drive already",
          "move the project into the Linux file system (~/src), where Go is fast, then link that");
    }
    String distro = host.env("WSL_DISTRO_NAME").orElseThrow(() -> new GoreadyException(ExitCode.LOCAL, "WSL_DISTRO_NAME is not set", "run it from a WSL shell"));
    CommandResult profile = host.run(List.of("cmd.exe", "/d", "/c", "echo %USERPROFILE%"), Duration.ofSeconds(5));
    String windowsProfile = profile.succeeded() ? profile.stdoutText().strip() : "%USERPROFILE%";
    List<String> commands = WorkspaceLink.commands(distro, linuxPath, windowsProfile);
    return new WorkspacePlan(WorkspaceLink.uncPath(distro, linuxPath), new CommandPlan(List.of("# in PowerShell on Windows:"), commands));
  }

  /** Creates the Desktop shortcut (the plan's first line); the last line is the VS Code command, for the user. */
  public void apply(WorkspacePlan workspace) {
    CommandResult made = host.powershell(workspace.plan().commands().getFirst(), Duration.ofSeconds(30));
    if (!made.succeeded()) {
      throw new GoreadyException(ExitCode.LOCAL, "creating the shortcut failed: " + (made.stdoutText() + made.stderrText()).strip(), "run the printed PowerShell line by hand");
    }
  }
}
