package dev.goready.cli;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.app.Composition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "uninstall", mixinStandardHelpOptions = true, description = "Remove an installed toolchain. The active one only with --force.")
final class UninstallCommand implements java.util.concurrent.Callable<Integer> {
  @ParentCommand GoreadyCommand parent;

  @Parameters(paramLabel = "VERSION", description = InstalledVersion.DESCRIPTION)
  String version;

  @Option(names = "--force", description = "Remove it even if it is the active toolchain (current is removed too) or a running process uses it.")
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
      refuseWhileInUse(context, services.store().toolchain(found), found);
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

  /** A toolchain a process is running is not pulled from under it, unless --force. */
  private void refuseWhileInUse(Context context, java.nio.file.Path toolchain, String found) {
    var users = context.host().processesUsing(toolchain);
    if (users.isPresent() && !users.get().isEmpty() && !force) {
      throw new GoreadyException(ExitCode.LOCAL, found + " is in use by process " + users.get().stream().limit(5).map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")),
          "stop them (gopls, a running test, a go build) and try again, or pass --force");
    }
    if (users.isEmpty() && !force) {
      context.err().println("goready: cannot tell whether a running process uses " + found + " on this system");
    }
  }
}
