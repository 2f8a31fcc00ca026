package dev.goready.cli;

import dev.goready.ExitCode;
import dev.goready.app.WslService;
import dev.goready.config.PlanDiff;
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
    WslService service = context.composition().wslService();
    var plan = service.configPlan(new WslService.ConfigRequest(systemd, appendWindowsPath, generateResolvConf, networkingMode, dnsTunneling, autoProxy));
    if (dryRun) {
      context.out().print(PlanDiff.files(plan.edits()));
      return ExitCode.OK.code();
    }
    service.apply(plan);
    plan.edits().forEach(e -> context.out().println("updated " + e.path()));
    context.out().println(plan.edits().isEmpty() ? "already set: nothing to change" : "apply it with: wsl.exe --shutdown (every distro restarts)");
    return ExitCode.OK.code();
  }
}
