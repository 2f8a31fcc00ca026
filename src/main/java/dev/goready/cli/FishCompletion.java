package dev.goready.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** goready's completions for fish, generated from the command tree; installed versions are asked of goready list as you type. */
final class FishCompletion {
  private FishCompletion() {}

  static String script(CommandLine root) {
    CompletionModel model = CompletionModel.of(root);
    StringBuilder out = new StringBuilder("# goready completions for fish (goready completion fish)\ncomplete -c goready -f\n");
    for (CompletionModel.Node node : model.nodes()) {
      String condition = condition(node.path());
      for (String sub : node.subcommands()) {
        String description = model.child(node, sub).description();
        out.append("complete -c goready -n '").append(condition).append("' -a ").append(sub).append(" -d ")
            .append(quote(description)).append("\n");
      }
      for (OptionSpec option : node.options()) {
        out.append("complete -c goready -n '").append(condition).append("'");
        for (String name : option.names()) {
          out.append(name.startsWith("--") ? " -l " + name.substring(2) : " -s " + name.substring(1));
        }
        if (option.arity().max() > 0) {
          out.append(" -r");
        }
        out.append(" -d ").append(quote(option.description().length == 0 ? "" : option.description()[0])).append("\n");
      }
      if (node.takesInstalledVersion()) {
        out.append("complete -c goready -n '").append(condition).append("' -a '(goready list 2>/dev/null | string trim -c \"* \")'\n");
      }
    }
    return out.toString();
  }

  /** fish's single quotes: only backslash and the quote itself are special. */
  private static String quote(String description) {
    return "'" + CompletionModel.firstLine(description).replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  /** True while exactly this command path has been typed (and none of its subcommands yet). */
  private static String condition(List<String> path) {
    if (path.isEmpty()) {
      return "__fish_use_subcommand";
    }
    StringBuilder condition = new StringBuilder();
    for (String part : path) {
      condition.append(condition.isEmpty() ? "" : "; and ").append("__fish_seen_subcommand_from ").append(part);
    }
    return condition.toString();
  }
}
