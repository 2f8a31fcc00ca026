package dev.goready.cli;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.app.InstallService;
import dev.goready.app.ProjectService;
import dev.goready.app.SourceFlags;
import dev.goready.app.TrustFlags;
import dev.goready.project.ToolchainChoice;
import dev.goready.release.GoVersion;
import dev.goready.release.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "exec",
    mixinStandardHelpOptions = true,
    header = "Run a command with the Go this folder pins first on PATH.",
    description = {
      "Run a command with a toolchain first on PATH (and GOROOT set to it): the one goready current names,",
      "or VERSION. For cmd.exe, IDEs and schedulers that run no shell hook. Exits with the command's exit code."
    })
final class ExecCommand implements Callable<Integer> {
  @ParentCommand GoreadyCommand parent;

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "[VERSION] [--] COMMAND", description = "An optional installed version, then the command and its arguments.")
  List<String> words;

  @Override
  public Integer call() throws Exception {
    Context context = parent.context();
    List<String> original = spec.commandLine().getParseResult().originalArgs();
    int dashes = original.indexOf("--");
    List<String> before = dashes < 0 ? List.of() : original.subList(original.indexOf("exec") + 1, dashes);
    Optional<String> version;
    List<String> command;
    if (dashes >= 0) {
      if (before.size() > 1) {
        throw new GoreadyException(ExitCode.USAGE, "exec takes one VERSION before --, not " + String.join(" ", before), "goready exec 1.22.5 -- go version");
      }
      version = before.stream().findFirst();
      command = new ArrayList<>(words.subList(before.size(), words.size()));
    } else {
      boolean first = words.size() > 1 && names(words.getFirst());
      version = first ? Optional.of(words.getFirst()) : Optional.empty();
      command = new ArrayList<>(first ? words.subList(1, words.size()) : words);
    }
    if (command.isEmpty()) {
      throw new GoreadyException(ExitCode.USAGE, "no command to run", "goready exec -- go version");
    }
    ProjectService projects = context.composition().projectService();
    ToolchainChoice choice = projects.choose(context.host().cwd(), version);
    if (choice instanceof ToolchainChoice.Missing missing && projects.autoInstall()) {
      context.err().println("goready: " + missing.pinned().origin() + " asks for go " + missing.pinned().selector() + "; installing it (GOREADY_AUTO_INSTALL=1)");
      context.composition().installService().install(new InstallService.Request(missing.install(), Optional.empty(), new PlatformOptions().resolve(context.host()),
          false, false, false, Optional.empty(), Optional.empty(), false, Optional.of(false), SourceFlags.NONE, new TrustFlags(null, null, null, null)));
      choice = projects.choose(context.host().cwd(), version);
    }
    ToolchainChoice.Found found = ProjectService.required(choice);
    projects.goWouldSwitch(context.host().cwd(), found.version()).ifPresent(warning -> context.err().println("goready: warning: " + warning));
    context.out().flush();
    return projects.exec(found, command, context.host().cwd());
  }

  /** A first word that reads as a version ("1.22.5", "go1.22", "1.21rc2") is the version, when a command follows it. */
  private static boolean names(String word) {
    try {
      return !(Selector.parse(word) instanceof Selector.Latest) && GoVersion.parse(word.replaceFirst("^go", "")).isPresent();
    } catch (GoreadyException notAVersion) {
      return false;
    }
  }
}
