package dev.goready.cli;

import dev.goready.ExitCode;
import dev.goready.app.Composition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "uninstall", mixinStandardHelpOptions = true, description = "Remove an installed toolchain. The active one only with --force.")
final class UninstallCommand implements java.util.concurrent.Callable<Integer> {
  @ParentCommand GoreadyCommand parent;

  @Parameters(paramLabel = "VERSION", description = "An installed version: 1.22.5 or go1.22.5.")
  String version;

  @Option(names = "--force", description = "Remove it even if it is the active toolchain (current is removed too).")
  boolean force;

  @Option(names = "--keep-download", description = "Keep its archive in GOREADY_HOME/downloads for a later reinstall.")
  boolean keepDownload;

  @Override
  public Integer call() throws Exception {
    Context context = parent.context();
    Composition services = context.composition();
    boolean wasActive = services.store().active().isPresent();
    String installed = services.locked(activation -> {
      String found = InstalledVersion.find(services.store(), version);
      activation.uninstall(found, force);
      if (!keepDownload) {
        services.store().removeDownloads(found);
      }
      return found;
    });
    context.out().println("uninstalled " + installed);
    if (wasActive && services.store().active().isEmpty()) {
      context.err().println("goready: no toolchain is active now; pick one with goready use VERSION (goready list shows them)");
    }
    return ExitCode.OK.code();
  }
}
