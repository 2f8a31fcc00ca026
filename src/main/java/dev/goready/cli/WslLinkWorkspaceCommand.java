package dev.goready.cli;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.host.CommandResult;
import dev.goready.host.Host;
import dev.goready.host.HostKind;
import dev.goready.wsl.WorkspaceLink;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "link-workspace",
    mixinStandardHelpOptions = true,
    description = {
      "Give Windows editors the WSL source tree where it belongs (the Linux file system, never /mnt/c):",
      "a Windows shortcut to \\\\wsl.localhost\\<distro>\\…, and the VS Code Remote-WSL command. --apply creates the shortcut."
    })
final class WslLinkWorkspaceCommand implements Callable<Integer> {
  @ParentCommand WslCommand wsl;

  @Parameters(paramLabel = "DIR", arity = "0..1", description = "The project folder inside WSL (default: the current one).")
  String dir;

  @Option(names = "--apply", description = "Create the Desktop shortcut through interop.")
  boolean apply;

  @Override
  public Integer call() {
    Context context = wsl.parent.context();
    Host host = context.host();
    if (!HostKind.of(host).isWsl()) {
      throw new GoreadyException(ExitCode.USAGE, "link-workspace runs inside a WSL distro", "run it in the distro, in the project's folder");
    }
    String linuxPath = host.path(dir == null ? host.cwd().toString() : dir).toAbsolutePath().normalize().toString();
    if (linuxPath.matches("/mnt/[a-z](/.*)?")) {
      throw new GoreadyException(ExitCode.USAGE, linuxPath + " is on a Windows drive already",
          "move the project into the Linux file system (~/src), where Go is fast, then link that");
    }
    String distro = host.env("WSL_DISTRO_NAME").orElseThrow(() -> new GoreadyException(ExitCode.LOCAL, "WSL_DISTRO_NAME is not set", "run it from a WSL shell"));
    CommandResult profile = host.run(List.of("cmd.exe", "/d", "/c", "echo %USERPROFILE%"), Duration.ofSeconds(5));
    String windowsProfile = profile.succeeded() ? profile.stdoutText().strip() : "%USERPROFILE%";
    List<String> commands = WorkspaceLink.commands(distro, linuxPath, windowsProfile);
    context.out().println("Windows path: " + WorkspaceLink.uncPath(distro, linuxPath));
    if (!apply) {
      context.out().println("# in PowerShell on Windows:");
      commands.forEach(context.out()::println);
      return ExitCode.OK.code();
    }
    CommandResult made = host.run(List.of("powershell.exe", "-NoProfile", "-NonInteractive", "-Command", commands.getFirst()), Duration.ofSeconds(30));
    if (!made.succeeded()) {
      throw new GoreadyException(ExitCode.LOCAL, "creating the shortcut failed: " + (made.stdoutText() + made.stderrText()).strip(), "run the printed PowerShell line by hand");
    }
    context.out().println("created a Desktop shortcut; or open it in VS Code with: " + commands.getLast());
    return ExitCode.OK.code();
  }
}
