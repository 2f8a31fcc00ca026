package dev.goready.config;

import java.util.ArrayList;
import java.util.List;

/** The env files goready owns under GOREADY_HOME (env.sh for POSIX shells, env.fish for fish): a header, then the shell's PATH lines. */
final class EnvScripts {
  private static final List<String> HEADER = List.of(
      "Written by goready env: Go's toolchain and tools on PATH, each added once. Edits here are overwritten;",
      "goready env --remove deletes this file.");

  private EnvScripts() {}

  /** Each directory is prepended only if PATH lacks it, so sourcing twice changes nothing. */
  static String content(Shell shell, EnvLayout layout) {
    List<String> lines = new ArrayList<>(HEADER.stream().map(shell::comment).toList());
    lines.addAll(shell.pathLines(layout.pathDirs()));
    shell.hookLine(layout).ifPresent(lines::add);
    return String.join("\n", lines) + "\n";
  }
}
