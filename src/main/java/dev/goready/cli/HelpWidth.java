package dev.goready.cli;

import dev.goready.host.Host;

/**
 * How wide help is drawn: the terminal's COLUMNS when the shell exports it, else 80; never narrower
 * than picocli can lay out (55), never wider than 120, past which lines get too long to read.
 */
final class HelpWidth {
  static final int DEFAULT = 80;
  static final int MIN = 55;
  static final int MAX = 120;

  private HelpWidth() {}

  static int of(Host host) {
    return host.env("COLUMNS").map(String::strip).filter(v -> v.matches("[0-9]{1,4}")).map(Integer::parseInt)
        .map(columns -> Math.clamp(columns, MIN, MAX)).orElse(DEFAULT);
  }
}
