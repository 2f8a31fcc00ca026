package dev.goready.cli;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.TerminalText;
import dev.goready.host.Host;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;

/** Builds the command line, runs it, and maps every outcome to one of goready's exit codes. */
public final class Cli {
  private Cli() {}

  public static int run(Host host, PrintStream out, PrintStream err, String... args) {
    Context context = new Context(host, out, err);
    CommandLine cli = CommandTree.forArgs(new GoreadyCommand(context), args);
    cli.setHelpFactory(SpaceWrappedHelp::new);
    HelpText.applyTo(cli);
    cli.setUsageHelpWidth(HelpWidth.of(host));
    cli.getCommandSpec().versionProvider(new GoreadyCommand.VersionProvider(host));
    cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    boolean json = List.of(args).contains("--json");
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> report(context, e, json));
    cli.setParameterExceptionHandler(
        (e, args1) -> {
          String hint = suggestion(e).map(s -> "did you mean " + s + "? ").orElse("") + "see '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'";
          err.println("goready: " + TerminalText.escape(e.getMessage()));
          err.println("  hint: " + TerminalText.escape(hint));
          if (json) {
            JsonError.print(out, e.getMessage(), hint, ExitCode.USAGE);
          }
          return ExitCode.USAGE.code();
        });
    return cli.execute(args);
  }

  /** picocli's nearest command or option to a mistyped one. */
  private static Optional<String> suggestion(CommandLine.ParameterException e) {
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
      return Optional.of(unmatched.getSuggestions().getFirst());
    }
    return Optional.empty();
  }

  /** One line that says what happened, one that says what to do; the stack trace only with --debug. */
  static int report(Context context, Exception e, boolean json) {
    PrintStream err = context.err();
    if (e instanceof GoreadyException failure && json) {
      // Scripts that asked for JSON get the failure on stdout too, never an empty stdout.
      JsonError.print(context.out(), failure.getMessage(), failure.hint().orElse(""), failure.exitCode());
    }
    if (e instanceof GoreadyException failure) {
      // Messages quote URLs, entry names and server answers: escaped, so none can drive the terminal.
      err.println("goready: " + TerminalText.escape(failure.getMessage()));
      failure.hint().ifPresent(hint -> err.println("  hint: " + TerminalText.escape(hint)));
      if (context.debug()) {
        e.printStackTrace(err);
      }
      return failure.exitCode().code();
    }
    String hint = "this is a bug in goready; rerun with --debug and report the output";
    if (json) {
      JsonError.print(context.out(), "internal error: " + e, hint, ExitCode.CHECK_FAILED);
    }
    err.println("goready: internal error: " + TerminalText.escape(String.valueOf(e)));
    err.println("  hint: " + hint);
    if (context.debug()) {
      e.printStackTrace(err);
    }
    return ExitCode.CHECK_FAILED.code();
  }
}
