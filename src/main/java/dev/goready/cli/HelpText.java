package dev.goready.cli;

import dev.goready.ExitCode;
import dev.goready.config.Setting;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * What every command's help shares: a footer of examples (HelpExamples), exit codes and settings,
 * written from their one definition each, and -V/--version on the top level only.
 */
final class HelpText {
  private HelpText() {}

  static String[] footer() {
    List<String> lines = new ArrayList<>();
    lines.add("");
    lines.add("Exit codes:");
    for (ExitCode code : ExitCode.values()) {
      lines.add(String.format("  %d  %s", code.code(), code.meaning()));
    }
    lines.add("");
    lines.add("Environment:");
    for (Setting setting : Setting.values()) {
      lines.add(String.format("  %-29s  %s", setting.variable(), setting.doc()));
    }
    lines.add(String.format("  %-29s  %s", "HTTPS_PROXY, HTTP_PROXY", "proxies; user:pass@ is used, never shown"));
    lines.add(String.format("  %-29s  %s", "NO_PROXY", "hosts, domains, CIDRs that skip the proxy"));
    lines.add(String.format("  %-29s  %s", "COLUMNS", "width of this help (" + HelpWidth.MIN + " to " + HelpWidth.MAX + "; else " + HelpWidth.DEFAULT + ")"));
    return lines.toArray(String[]::new);
  }

  /** Every command gets the footer; -V/--version stays on the top level, where the version is goready's. */
  static void applyTo(CommandLine command) {
    List<String> footer = new ArrayList<>(HelpExamples.lines(command.getCommandSpec().qualifiedName()));
    footer.addAll(List.of(footer()));
    command.getCommandSpec().usageMessage().footer(footer.toArray(String[]::new));
    command.getSubcommands().values().forEach(sub -> {
      CommandLine.Model.OptionSpec version = sub.getCommandSpec().findOption("--version");
      if (version != null && version.versionHelp()) {
        sub.getCommandSpec().remove(version);
      }
      applyTo(sub);
    });
  }
}
