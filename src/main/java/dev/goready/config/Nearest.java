package dev.goready.config;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The known word closest to a mistyped one, by edit distance (ties: the first listed), when it is close
 * enough to be the word meant: "mirorr" is no typo of "home", however near it comes of the known keys.
 */
final class Nearest {
  private Nearest() {}

  static Optional<String> of(String typed, List<String> known) {
    int allowed = Math.max(2, typed.length() / 3);
    return known.stream().min(Comparator.comparingInt(word -> distance(typed, word))).filter(word -> distance(typed, word) <= allowed);
  }

  /** Levenshtein distance, two rows at a time. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
