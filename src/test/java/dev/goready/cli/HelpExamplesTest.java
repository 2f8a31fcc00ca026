package dev.goready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.testing.Run;
import dev.goready.testing.TestHost;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class HelpExamplesTest {
  static CommandLine tree() {
    PrintStream sink = new PrintStream(new ByteArrayOutputStream());
    return CommandTree.all(new GoreadyCommand(new Context(new TestHost(), sink, sink)));
  }

  static List<CommandLine> commands(CommandLine root) {
    List<CommandLine> all = new ArrayList<>(List.of(root));
    root.getSubcommands().values().forEach(sub -> all.addAll(commands(sub)));
    return all;
  }

  /** The words a POSIX shell would pass: split at spaces, single quotes grouping and removed. */
  static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("'([^']*)'|(\\S+)").matcher(line);
    while (m.find()) {
      words.add(m.group(1) != null ? m.group(1) : m.group(2));
    }
    return words;
  }

  @Test
  void everyExampleNamesItsCommandAndParses() {
    for (Map.Entry<String, List<String>> command : HelpExamples.BY_COMMAND.entrySet()) {
      for (String example : command.getValue()) {
        assertThat(example).startsWith(command.getKey()).hasSizeLessThanOrEqualTo(78);
        List<String> args = words(example);
        CommandLine.ParseResult parsed = tree().parseArgs(args.subList(1, args.size()).toArray(String[]::new));
        CommandLine.ParseResult leaf = parsed;
        while (leaf.hasSubcommand()) {
          leaf = leaf.subcommand();
        }
        assertThat(leaf.commandSpec().qualifiedName()).as(example).isEqualTo(command.getKey());
      }
    }
  }

  @Test
  void everyCommandAUserRunsHasExamplesInItsHelp() {
    for (CommandLine command : commands(tree())) {
      String name = command.getCommandSpec().qualifiedName();
      boolean group = !command.getSubcommands().isEmpty() && command.getCommandSpec().userObject() instanceof Runnable;
      if (name.equals("goready") || name.endsWith(" help") || group) {
        continue;
      }
      assertThat(HelpExamples.BY_COMMAND).as(name).containsKey(name);
    }
    Run help = Run.of(new TestHost(), "install", "--help");
    assertThat(help.out()).contains("Examples:\n  goready install\n  goready install 1.22\n").containsSubsequence("Examples:", "Exit codes:");
  }
}
