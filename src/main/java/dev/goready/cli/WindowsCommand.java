package dev.goready.cli;

import dev.goready.ExitCode;
import dev.goready.app.CommandPlan;
import dev.goready.app.WindowsService;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "windows", mixinStandardHelpOptions = true, description = "Windows-side settings for Go.", subcommands = WindowsCommand.Defender.class)
final class WindowsCommand implements Runnable {
  /** The command as built, with goready's help settings and its full name ("goready wsl"). */
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @ParentCommand GoreadyCommand parent;

  @Override
  public void run() {
    spec.commandLine().usage(parent.context().out());
  }

  @Command(
      name = "defender",
      mixinStandardHelpOptions = true,
      description = {
        "Microsoft Defender exclusions for GOROOT, GOPATH, GOCACHE, GOMODCACHE and the toolchain's programs.",
        "Printed for review: exclusions trade protection for speed. --apply runs them (elevated terminal)."
      })
  static final class Defender implements Callable<Integer> {
    @ParentCommand WindowsCommand windows;

    @Option(names = "--apply", description = "Run the Add-MpPreference lines (needs an elevated terminal).")
    boolean apply;

    @Override
    public Integer call() {
      Context context = windows.parent.context();
      WindowsService service = context.composition().windowsService();
      CommandPlan exclusions = service.defenderExclusions();
      if (!apply) {
        Plans.print(context, exclusions);
        return ExitCode.OK.code();
      }
      service.apply(exclusions);
      context.out().println("added " + exclusions.commands().size() + " Defender exclusions");
      return ExitCode.OK.code();
    }
  }
}
