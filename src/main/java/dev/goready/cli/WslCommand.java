package dev.goready.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "wsl",
    mixinStandardHelpOptions = true,
    description = "WSL settings, Windows port proxies to the distro, and a Windows view of the WSL workspace.",
    subcommands = {WslConfigCommand.class, WslPortProxyCommand.class, WslLinkWorkspaceCommand.class})
final class WslCommand implements Runnable {
  @ParentCommand GoreadyCommand parent;

  @Override
  public void run() {
    new picocli.CommandLine(this).usage(parent.context().out());
  }
}
