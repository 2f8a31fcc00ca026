package dev.goready.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The env files goready owns under GOREADY_HOME: env.sh for POSIX shells, env.fish for fish. */
final class EnvScripts {
  static final String HEADER = "# Written by goready env: Go's toolchain and tools on PATH, each added once. Edits here are overwritten;";
  static final String HEADER2 = "# goready env --remove deletes this file.";

  private EnvScripts() {}

  /** Each directory is prepended only if PATH lacks it, so sourcing twice changes nothing. */
  static String sh(EnvLayout layout) {
    List<String> lines = new ArrayList<>(List.of(HEADER, HEADER2));
    for (String dir : reversed(layout.pathDirs())) {
      String quoted = ShellKind.shQuote(dir);
      lines.add("case \":${PATH}:\" in *:" + quoted + ":*) ;; *) PATH=" + quoted + "\"${PATH:+:${PATH}}\" ;; esac");
    }
    lines.add("export PATH");
    return String.join("\n", lines) + "\n";
  }

  static String fish(EnvLayout layout) {
    List<String> lines = new ArrayList<>(List.of(HEADER, HEADER2));
    for (String dir : reversed(layout.pathDirs())) {
      String quoted = ShellKind.fishQuote(dir);
      lines.add("if not contains -- " + quoted + " $PATH");
      lines.add("    set -gx PATH " + quoted + " $PATH");
      lines.add("end");
    }
    return String.join("\n", lines) + "\n";
  }

  private static List<String> reversed(List<String> dirs) {
    List<String> copy = new ArrayList<>(dirs);
    Collections.reverse(copy);
    return copy;
  }
}
