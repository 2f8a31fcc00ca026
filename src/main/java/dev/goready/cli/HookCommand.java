package dev.goready.cli;

import dev.goready.ExitCode;
import dev.goready.project.ShellHook;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "hook",
    mixinStandardHelpOptions = true,
    header = "Print the per-project hook that puts the pinned Go first on PATH.",
    description = {
      "Print the per-project hook for a shell: before each prompt it puts the Go the folder pins first on PATH,",
      "in plain shell (no goready start unless a missing toolchain is to be installed, with GOREADY_AUTO_INSTALL=1).",
      "goready env --hook installs it; this prints it for dotfile managers."
    })
final class HookCommand implements Callable<Integer> {
  @ParentCommand GoreadyCommand parent;

  @Parameters(index = "0", paramLabel = "SHELL", description = "bash, zsh, fish, powershell or pwsh.")
  String shell;

  @Override
  public Integer call() {
    Context context = parent.context();
    context.out().print(ShellHook.forShell(shell).script(context.composition().store().home(), Launcher.command()));
    return ExitCode.OK.code();
  }
}
