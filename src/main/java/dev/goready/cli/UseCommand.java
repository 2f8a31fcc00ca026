package dev.goready.cli;

import dev.goready.ExitCode;
import dev.goready.app.Composition;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "use", mixinStandardHelpOptions = true, description = "Make an installed toolchain the active one (GOREADY_HOME/current).")
final class UseCommand implements Callable<Integer> {
  @ParentCommand GoreadyCommand parent;

  @Parameters(paramLabel = "VERSION", description = InstalledVersion.DESCRIPTION)
  String version;

  @Override
  public Integer call() throws Exception {
    Context context = parent.context();
    Composition services = context.composition();
    String installed = services.locked(activation -> {
      String found = InstalledVersion.find(services.store(), version);
      activation.activate(found);
      return found;
    });
    context.out().println("active: " + installed + " at " + services.store().toolchain(installed));
    return ExitCode.OK.code();
  }
}
