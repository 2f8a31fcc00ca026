package dev.goready.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** What a completion script offers, read from the command tree once: each command's path, options and subcommands. */
record CompletionModel(List<Node> nodes) {
  /** {@code path} is empty for goready itself, ["wsl", "portproxy"] for a nested command. */
  record Node(List<String> path, String description, List<String> subcommands, List<OptionSpec> options) {
    boolean takesInstalledVersion() {
      return path.size() == 1 && CompletionCommand.INSTALLED_VERSION_COMMANDS.contains(path.getFirst());
    }
  }

  static CompletionModel of(CommandLine root) {
    List<Node> nodes = new ArrayList<>();
    walk(root, List.of(), nodes);
    return new CompletionModel(List.copyOf(nodes));
  }

  private static void walk(CommandLine command, List<String> path, List<Node> nodes) {
    Map<String, CommandLine> subs = command.getSubcommands();
    String[] description = command.getCommandSpec().usageMessage().description();
    nodes.add(new Node(path, description.length == 0 ? "" : description[0], List.copyOf(subs.keySet()),
        command.getCommandSpec().options().stream().filter(o -> !o.hidden()).toList()));
    subs.forEach((name, sub) -> {
      List<String> subPath = new ArrayList<>(path);
      subPath.add(name);
      walk(sub, List.copyOf(subPath), nodes);
    });
  }

  Node child(Node parent, String name) {
    List<String> path = new ArrayList<>(parent.path());
    path.add(name);
    return nodes.stream().filter(n -> n.path().equals(path)).findFirst().orElseThrow();
  }

  /** A description's first line, without picocli's ${...} placeholders. */
  static String firstLine(String text) {
    return text.lines().findFirst().orElse("").replaceAll("\\$\\{[^}]*}", "").strip();
  }
}
