package dev.goready.cli;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * goready's commands, and the part of them a command line needs. picocli builds a command's model by
 * reflection over its class and mixins; building all of them took most of `--version`'s time, so a
 * command line that names one command gets only that one, `--version` alone gets none, and anything
 * else (help, completion, a mistyped command that wants suggestions) gets the whole tree.
 */
final class CommandTree {
  /** In the order help lists them. */
  static final List<Class<?>> COMMANDS = List.of(
      DoctorCommand.class,
      EnvCommand.class,
      WslCommand.class,
      WindowsCommand.class,
      SoakCommand.class,
      VerifyCommand.class,
      InstallCommand.class,
      ListCommand.class,
      UseCommand.class,
      UninstallCommand.class,
      CurrentCommand.class,
      WhichCommand.class,
      ExecCommand.class,
      HookCommand.class,
      PruneCommand.class,
      AuditCommand.class,
      SelfCommand.class,
      CompletionCommand.class,
      CommandLine.HelpCommand.class);

  /** Commands that read the whole tree: help for any command, completion scripts for all of them. */
  private static final Set<String> NEED_ALL = Set.of("help", "completion");

  private CommandTree() {}

  /** The whole tree, as help and the tests see it. */
  static CommandLine all(GoreadyCommand root) {
    return withCommands(root, COMMANDS);
  }

  /** The root and only the commands ARGS can reach. */
  static CommandLine forArgs(GoreadyCommand root, String... args) {
    return withCommands(root, needed(args));
  }

  static List<Class<?>> needed(String... args) {
    boolean version = false;
    for (String arg : args) {
      switch (arg) {
        case "--debug" -> {}
        case "-V", "--version" -> version = true;
        default -> {
          // The top level's options are all flags, so the first other word is the command's name.
          if (arg.startsWith("-")) {
            return COMMANDS;
          }
          return named(arg).filter(command -> !NEED_ALL.contains(arg)).map(List::<Class<?>>of).orElse(COMMANDS);
        }
      }
    }
    return version ? List.of() : COMMANDS;
  }

  private static Optional<Class<?>> named(String name) {
    return COMMANDS.stream().filter(command -> command.getAnnotation(Command.class).name().equals(name)).findFirst();
  }

  private static CommandLine withCommands(GoreadyCommand root, List<Class<?>> commands) {
    CommandLine cli = new CommandLine(root);
    commands.forEach(cli::addSubcommand);
    return cli;
  }
}
