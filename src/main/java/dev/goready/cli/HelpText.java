package dev.goready.cli;

import dev.goready.ExitCode;
import dev.goready.config.Setting;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** The footer of every command's help: exit codes and settings, written from their one definition each. */
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
      lines.add(String.format("  %-24s %s", setting.variable(), setting.doc()));
    }
    lines.add(String.format("  %-24s %s", "HTTPS_PROXY, HTTP_PROXY", "proxies; user:pass@ is used, never shown"));
    lines.add(String.format("  %-24s %s", "NO_PROXY", "hosts, domains, CIDRs that skip the proxy"));
    return lines.toArray(String[]::new);
  }

  static void applyTo(CommandLine command) {
    command.getCommandSpec().usageMessage().footer(footer());
    command.getSubcommands().values().forEach(HelpText::applyTo);
  }
}
