package dev.goready.cli;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.app.ProjectService;
import dev.goready.project.ToolchainChoice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "which", mixinStandardHelpOptions = true,
    description = "Print the program that runs here for go (or gofmt, or another of the toolchain's bin): the toolchain goready current names.")
final class WhichCommand implements Callable<Integer> {
  @ParentCommand GoreadyCommand parent;

  @Parameters(index = "0", arity = "0..1", paramLabel = "PROGRAM", defaultValue = "go", description = "go (default), gofmt, ...")
  String program;

  @Override
  public Integer call() throws Exception {
    Context context = parent.context();
    if (program.contains("/") || program.contains("\\") || program.startsWith(".")) {
      throw new GoreadyException(ExitCode.USAGE, "'" + program + "' is not a program name", "name a program of the toolchain's bin, such as go or gofmt");
    }
    ProjectService projects = context.composition().projectService();
    ToolchainChoice.Found found = ProjectService.required(projects.choose(context.host().cwd(), Optional.empty()));
    Path tool = projects.tool(found.version(), program);
    if (!Files.exists(tool)) {
      throw new GoreadyException(ExitCode.USAGE, found.version() + " has no " + program + " in " + tool.getParent(), "its bin holds go and gofmt");
    }
    context.out().println(tool);
    return ExitCode.OK.code();
  }
}
