package dev.goready.cli;

import dev.goready.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "rollback", mixinStandardHelpOptions = true, description = "Switch back to the goready that was current before the last update.")
final class SelfRollbackCommand implements java.util.concurrent.Callable<Integer> {
  @ParentCommand SelfCommand parent;

  @Override
  public Integer call() throws Exception {
    Context context = parent.context();
    SelfCommand.requireBundle();
    var back = context.composition().selfService().rollback();
    context.out().println("goready " + back.version() + " is current" + back.from().map(f -> " (was " + f + ")").orElse("") + ": " + back.folder());
    return ExitCode.OK.code();
  }
}
