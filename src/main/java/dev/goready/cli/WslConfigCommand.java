package dev.goready.cli;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.app.Composition;
import dev.goready.audit.AuditEntry;
import dev.goready.config.PlanDiff;
import dev.goready.config.WslConfigPlanner;
import dev.goready.host.FileEdit;
import dev.goready.host.FileEditor;
import dev.goready.host.Host;
import dev.goready.host.HostKind;
import dev.goready.host.WindowsProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "config",
    mixinStandardHelpOptions = true,
    description = {
      "Set WSL options: /etc/wsl.conf inside the distro (needs root) and %%UserProfile%%\\.wslconfig on Windows.",
      "Comments, order and every other key are kept; wsl --shutdown applies the change."
    })
final class WslConfigCommand implements Callable<Integer> {
  static final Path WSL_CONF = Path.of("/etc/wsl.conf");

  @ParentCommand WslCommand wsl;

  @Option(names = "--systemd", paramLabel = "on|off", description = "[boot] systemd in /etc/wsl.conf.")
  String systemd;

  @Option(names = "--append-windows-path", paramLabel = "on|off", description = "[interop] appendWindowsPath in /etc/wsl.conf.")
  String appendWindowsPath;

  @Option(names = "--generate-resolv-conf", paramLabel = "on|off", description = "[network] generateResolvConf in /etc/wsl.conf.")
  String generateResolvConf;

  @Option(names = "--networking-mode", paramLabel = "nat|mirrored", description = "[wsl2] networkingMode in .wslconfig.")
  String networkingMode;

  @Option(names = "--dns-tunneling", paramLabel = "on|off", description = "[wsl2] dnsTunneling in .wslconfig.")
  String dnsTunneling;

  @Option(names = "--auto-proxy", paramLabel = "on|off", description = "[wsl2] autoProxy in .wslconfig (use Windows' proxy settings).")
  String autoProxy;

  @Option(names = "--dry-run", description = "Print the diff; change nothing.")
  boolean dryRun;

  @Override
  public Integer call() throws Exception {
    Context context = wsl.parent.context();
    Host host = context.host();
    HostKind kind = HostKind.of(host);
    List<WslConfigPlanner.Setting> settings = new ArrayList<>();
    if (systemd != null || appendWindowsPath != null || generateResolvConf != null) {
      if (!kind.isWsl()) {
        throw new GoreadyException(ExitCode.USAGE, "/etc/wsl.conf lives inside a WSL distro; this is " + kind.id(), "run goready wsl config inside the distro");
      }
      add(settings, WSL_CONF, "boot", "systemd", onOff("--systemd", systemd));
      add(settings, WSL_CONF, "interop", "appendWindowsPath", onOff("--append-windows-path", appendWindowsPath));
      add(settings, WSL_CONF, "network", "generateResolvConf", onOff("--generate-resolv-conf", generateResolvConf));
    }
    if (networkingMode != null || dnsTunneling != null || autoProxy != null) {
      Path profile = WindowsProfile.locate(host, kind, Duration.ofSeconds(5))
          .orElseThrow(() -> new GoreadyException(ExitCode.LOCAL, "cannot find the Windows user profile that holds .wslconfig",
              "run it from Windows, or turn WSL interop on so goready can ask Windows where %UserProfile% is"));
      Path wslconfig = profile.resolve(".wslconfig");
      if (networkingMode != null && !List.of("nat", "mirrored").contains(networkingMode.toLowerCase(Locale.ROOT))) {
        throw new GoreadyException(ExitCode.USAGE, "--networking-mode " + networkingMode + " is not nat or mirrored", "mirrored shares Windows' interfaces and localhost");
      }
      add(settings, wslconfig, "wsl2", "networkingMode", networkingMode == null ? null : networkingMode.toLowerCase(Locale.ROOT));
      add(settings, wslconfig, "wsl2", "dnsTunneling", onOff("--dns-tunneling", dnsTunneling));
      add(settings, wslconfig, "wsl2", "autoProxy", onOff("--auto-proxy", autoProxy));
    }
    if (settings.isEmpty()) {
      throw new GoreadyException(ExitCode.USAGE, "no setting given", "for example goready wsl config --systemd on, or --networking-mode mirrored");
    }
    List<FileEdit> edits = WslConfigPlanner.plan(settings);
    if (dryRun) {
      context.out().print(PlanDiff.files(edits));
      return ExitCode.OK.code();
    }
    if (edits.stream().anyMatch(e -> e.path().equals(WSL_CONF)) && !Files.isWritable(Files.exists(WSL_CONF) ? WSL_CONF : WSL_CONF.getParent())) {
      throw new GoreadyException(ExitCode.LOCAL, WSL_CONF + " is not writable: it needs root", "rerun it with sudo (sudo -E ./goready wsl config …)");
    }
    Composition services = context.composition();
    services.locked(activation -> {
      for (FileEdit edit : edits) {
        FileEditor.apply(edit);
        services.audit().append("wsl-config", edit.path().toString(), AuditEntry.OK, Map.of("settings", settings.stream()
            .filter(s -> s.file().equals(edit.path())).map(s -> "[" + s.section() + "] " + s.key() + "=" + s.value()).toList()));
      }
      return null;
    });
    edits.forEach(e -> context.out().println("updated " + e.path()));
    context.out().println(edits.isEmpty() ? "already set: nothing to change" : "apply it with: wsl.exe --shutdown (every distro restarts)");
    return ExitCode.OK.code();
  }

  private static void add(List<WslConfigPlanner.Setting> settings, Path file, String section, String key, String value) {
    if (value != null) {
      settings.add(new WslConfigPlanner.Setting(file, section, key, value));
    }
  }

  static String onOff(String option, String value) {
    if (value == null) {
      return null;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "on", "true", "yes" -> "true";
      case "off", "false", "no" -> "false";
      default -> throw new GoreadyException(ExitCode.USAGE, option + " " + value + " is not on or off", "for example " + option + " on");
    };
  }
}
