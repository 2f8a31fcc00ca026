package dev.goready.cli;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.app.WslService;
import dev.goready.wsl.PortProxy;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "portproxy",
    mixinStandardHelpOptions = true,
    description = {
      "Reach a server in the WSL2 distro from other machines: the netsh port proxy and firewall rule for PORT.",
      "Printed for review; --apply runs them (from an elevated terminal). Mirrored networking needs none."
    })
final class WslPortProxyCommand implements Callable<Integer> {
  @ParentCommand WslCommand wsl;

  @Parameters(paramLabel = "PORT", arity = "0..1", description = "The TCP port the server listens on.")
  Integer port;

  @Option(names = "--list", description = "Show Windows' port proxies, flagging those that point at an old WSL address.")
  boolean list;

  @Option(names = "--remove", description = "The commands that remove PORT's proxy and firewall rule.")
  boolean remove;

  @Option(names = "--apply", description = "Run the commands (needs an elevated terminal on Windows).")
  boolean apply;

  @Override
  public Integer call() {
    Context context = wsl.parent.context();
    WslService service = context.composition().wslService();
    if (list) {
      for (WslService.ProxyLine line : service.portProxies()) {
        PortProxy.Rule rule = line.rule();
        context.out().printf("%s:%d -> %s:%d%s%n", rule.listenAddress(), rule.listenPort(), rule.connectAddress(), rule.connectPort(),
            line.stale() ? "   (stale: the distro is now at " + line.currentAddress().orElseThrow() + ")" : "");
      }
      return ExitCode.OK.code();
    }
    if (port == null) {
      throw new GoreadyException(ExitCode.USAGE, "no PORT given", "for example goready wsl portproxy 8080");
    }
    switch (service.portProxy(port, remove)) {
      case WslService.NotNeeded notNeeded ->
          context.out().println("networkingMode=mirrored: Windows and other machines reach port " + port + " directly; no port proxy is needed");
      case WslService.ProxyCommands proxy when !apply -> Plans.print(context, proxy.plan());
      case WslService.ProxyCommands proxy -> {
        service.apply(proxy);
        context.out().println(remove ? "removed the port proxy for " + port : "port " + port + " now reaches the distro at " + proxy.address().orElseThrow());
      }
    }
    return ExitCode.OK.code();
  }
}
