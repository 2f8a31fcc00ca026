package dev.goready.cli;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.host.CommandResult;
import dev.goready.host.Host;
import dev.goready.host.HostKind;
import dev.goready.host.IniFile;
import dev.goready.host.WindowsProfile;
import dev.goready.wsl.PortProxy;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
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
    Host host = context.host();
    HostKind kind = HostKind.of(host);
    if (!kind.isWsl() && kind != HostKind.WINDOWS) {
      throw new GoreadyException(ExitCode.USAGE, "port proxies are for WSL2 on Windows; this is " + kind.id(), "run it inside the distro or on Windows");
    }
    Optional<String> address = distroAddress(host, kind);
    if (list) {
      CommandResult show = host.run(List.of("netsh.exe", "interface", "portproxy", "show", "v4tov4"), Duration.ofSeconds(10));
      for (PortProxy.Rule rule : PortProxy.parseShow(show.stdoutText())) {
        boolean stale = address.isPresent() && !rule.connectAddress().equals(address.get());
        context.out().printf("%s:%d -> %s:%d%s%n", rule.listenAddress(), rule.listenPort(), rule.connectAddress(), rule.connectPort(),
            stale ? "   (stale: the distro is now at " + address.get() + ")" : "");
      }
      return ExitCode.OK.code();
    }
    if (port == null) {
      throw new GoreadyException(ExitCode.USAGE, "no PORT given", "for example goready wsl portproxy 8080");
    }
    if (!remove && mirrored(host, kind)) {
      context.out().println("networkingMode=mirrored: Windows and other machines reach port " + port + " directly; no port proxy is needed");
      return ExitCode.OK.code();
    }
    List<String> commands = remove ? PortProxy.removeCommands(port)
        : PortProxy.addCommands(port, address.orElseThrow(() -> new GoreadyException(ExitCode.LOCAL,
            "cannot find the distro's address (ip -4 addr show eth0)", "is the distro running in WSL2 NAT mode?")));
    if (!apply) {
      context.out().println("# in an elevated PowerShell on Windows:");
      commands.forEach(context.out()::println);
      return ExitCode.OK.code();
    }
    for (String command : commands) {
      CommandResult result = host.run(List.of("powershell.exe", "-NoProfile", "-NonInteractive", "-Command", command), Duration.ofSeconds(30));
      String output = (result.stdoutText() + result.stderrText()).strip();
      if (!result.succeeded()) {
        boolean elevation = output.contains("elevation") || output.contains("Access is denied") || output.contains("0x80070005");
        throw new GoreadyException(ExitCode.LOCAL, "'" + command + "' failed: " + output.lines().findFirst().orElse("exit " + result.exit()),
            elevation ? "run it from an elevated (Run as administrator) terminal" : "run the printed commands by hand to see why");
      }
    }
    context.out().println(remove ? "removed the port proxy for " + port : "port " + port + " now reaches the distro at " + address.orElseThrow());
    return ExitCode.OK.code();
  }

  private static Optional<String> distroAddress(Host host, HostKind kind) {
    if (kind == HostKind.WINDOWS) {
      CommandResult hostname = host.run(List.of("wsl.exe", "hostname", "-I"), Duration.ofSeconds(10));
      return PortProxy.address("", hostname.stdoutText());
    }
    CommandResult ip = host.run(List.of("ip", "-4", "addr", "show", "eth0"), Duration.ofSeconds(5));
    CommandResult hostname = ip.succeeded() ? ip : host.run(List.of("hostname", "-I"), Duration.ofSeconds(5));
    return PortProxy.address(ip.stdoutText(), hostname.stdoutText());
  }

  private static boolean mirrored(Host host, HostKind kind) {
    return WindowsProfile.locate(host, kind, Duration.ofSeconds(5))
        .flatMap(profile -> host.readFile(profile.resolve(".wslconfig")))
        .flatMap(text -> IniFile.parse(text).get("wsl2", "networkingMode"))
        .map(mode -> mode.equalsIgnoreCase("mirrored")).orElse(false);
  }
}
