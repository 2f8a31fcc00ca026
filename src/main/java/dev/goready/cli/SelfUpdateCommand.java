package dev.goready.cli;

import dev.goready.ExitCode;
import dev.goready.self.SelfUpdater;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "update", mixinStandardHelpOptions = true,
    description = "Install the newest goready release (or VERSION) beside this one and switch to it; the old one stays for rollback.")
final class SelfUpdateCommand implements java.util.concurrent.Callable<Integer> {
  @ParentCommand SelfCommand parent;

  @Parameters(paramLabel = "VERSION", arity = "0..1", description = "A release, e.g. 0.2.0 (default: the newest).")
  String version;

  @Option(names = "--require", paramLabel = "CHECKS", description = "Checks the bundle must pass besides SHA-256: sigstore (signed by goready's release workflow).")
  String require;

  @Override
  public Integer call() throws Exception {
    Context context = parent.context();
    Path running = SelfCommand.requireBundle();
    var services = context.composition().selfService();
    SelfUpdater.Outcome outcome = services.update(Optional.ofNullable(version).map(v -> v.startsWith("v") ? v.substring(1) : v), require);
    switch (outcome) {
      case SelfUpdater.UpToDate same -> context.out().println("goready " + same.version() + " is up to date (" + same.folder() + ")");
      case SelfUpdater.Updated updated -> {
        context.out().println("goready " + updated.version() + " is current" + updated.from().map(f -> " (was " + f + "; goready self rollback goes back)").orElse("") + ": " + updated.folder());
        if (!services.home().holds(running)) {
          context.err().println("goready: this goready (" + running + ") is not the one install.sh set up; the new one runs as "
              + services.home().current().resolve("bin").resolve("goready") + " (link it from a folder on PATH)");
        }
      }
    }
    return ExitCode.OK.code();
  }
}
