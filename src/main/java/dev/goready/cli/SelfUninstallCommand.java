package dev.goready.cli;

import dev.goready.ExitCode;
import dev.goready.app.EnvService;
import dev.goready.audit.AuditEntry;
import dev.goready.self.SelfUninstaller;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "uninstall", mixinStandardHelpOptions = true,
    description = "Remove goready: its profile blocks and PATH entries (as env --remove), its goready link, and, after asking, GOREADY_HOME "
        + "(toolchains, downloads, audit log and goready's bundles). Values you set with go env -w stay.")
final class SelfUninstallCommand implements java.util.concurrent.Callable<Integer> {
  @ParentCommand SelfCommand parent;

  @Option(names = "--yes", description = "Also delete GOREADY_HOME without asking (for scripts).")
  boolean yes;

  @Option(names = "--keep-home", description = "Keep GOREADY_HOME (toolchains, audit log, bundles); remove only what makes goready visible.")
  boolean keepHome;

  @Override
  public Integer call() throws Exception {
    Context context = parent.context();
    var services = context.composition();
    Path home = services.store().home();
    var planned = services.envService().run(new EnvService.Request(EnvService.Mode.APPLY, true, List.of(), Map.of(), false, Optional.empty(), Launcher.command(), false));
    if (planned instanceof EnvService.Planned removal) {
      EnvCommand.report(context, removal, true);
    }
    SelfUninstaller uninstaller = new SelfUninstaller(context.host(), home);
    uninstaller.removeLink().ifPresent(context.out()::println);
    uninstaller.removeUserPathEntry().ifPresent(context.out()::println);
    if (!Files.exists(home)) {
      return ExitCode.OK.code();
    }
    if (keepHome || !(yes || Confirm.ask(context, "Delete " + home + " (toolchains, downloads, audit log, goready itself)?"))) {
      services.audit().append("self-uninstall", "goready", AuditEntry.OK, Map.of("home", "kept"));
      context.out().println("kept " + home + (keepHome || yes ? "" : " (delete it with goready self uninstall --yes)"));
      return ExitCode.OK.code();
    }
    uninstaller.removeHome(SelfCommand.runningBundle()).forEach(context.out()::println);
    return ExitCode.OK.code();
  }
}
