package dev.goready.config;

import java.util.Set;

/**
 * Profile lines that undo goready's go (a GOROOT that is not goready's, another go put first on PATH
 * after the block), commented out by {@code env --fix-conflicts} behind a marker that {@code env
 * --remove} takes off again: the line itself, its indentation and its line end are kept byte for byte.
 */
final class ConflictLines {
  static final String MARKER = "# goready: ";

  private ConflictLines() {}

  /** TEXT with the 0-based LINES commented out. */
  static String comment(String text, Set<Integer> lines) {
    String[] all = text.split("\n", -1);
    lines.forEach(i -> all[i] = MARKER + all[i]);
    return String.join("\n", all);
  }

  /** TEXT with every marked line given back as it was. */
  static String restore(String text) {
    String[] all = text.split("\n", -1);
    for (int i = 0; i < all.length; i++) {
      if (all[i].startsWith(MARKER)) {
        all[i] = all[i].substring(MARKER.length());
      }
    }
    return String.join("\n", all);
  }
}
