package dev.goready.cli;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "self",
    mixinStandardHelpOptions = true,
    description = "Update, roll back or uninstall goready itself (the release bundle install.sh and install.ps1 install).",
    subcommands = {SelfUpdateCommand.class, SelfRollbackCommand.class, SelfUninstallCommand.class})
final class SelfCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @ParentCommand GoreadyCommand parent;

  @Override
  public void run() {
    spec.commandLine().usage(parent.context().out());
  }

  Context context() {
    return parent.context();
  }

  /** The bundle folder this goready runs from (set by the bundle's bin/goready), if it runs from one. */
  static Optional<Path> runningBundle() {
    return Optional.ofNullable(System.getProperty("goready.bundle")).filter(s -> !s.isBlank()).map(Path::of);
  }

  /** A goready built from a checkout is updated with git, not replaced by a bundle. */
  static Path requireBundle() {
    return runningBundle().orElseThrow(() -> new GoreadyException(ExitCode.USAGE,
        "this goready runs from a source checkout, which self update does not replace",
        "update the checkout (git pull; ./goready rebuilds), or install the release bundle with install.sh / install.ps1"));
  }
}
