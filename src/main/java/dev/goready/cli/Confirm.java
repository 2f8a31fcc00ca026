package dev.goready.cli;

import java.util.Locale;

/** A yes/no question on the terminal; without one (a script, a pipe) the answer is no. */
final class Confirm {
  private Confirm() {}

  static boolean ask(Context context, String question) {
    java.io.Console console = System.console();
    if (console == null || !context.host().stderrIsTerminal()) {
      return false;
    }
    String answer = console.readLine("%s [y/N] ", question);
    return answer != null && answer.strip().toLowerCase(Locale.ROOT).startsWith("y");
  }
}
