package dev.goready.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "wsl",
    mixinStandardHelpOptions = true,
    description = "WSL settings, Windows port proxies to the distro, and a Windows view of the WSL workspace.",
    subcommands = {WslConfigCommand.class, WslPortProxyCommand.class, WslLinkWorkspaceCommand.class})
final class WslCommand implements Runnable {
  /** The command as built, with goready's help settings and its full name ("goready wsl"). */
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @ParentCommand GoreadyCommand parent;

  @Override
  public void run() {
    spec.commandLine().usage(parent.context().out());
  }
}
