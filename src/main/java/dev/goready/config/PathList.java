package dev.goready.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * PATH as a list: entries are added in front only when absent, and removed exactly; every other
 * entry, empty ones and order included, is kept as it was. Never truncated, whatever its length.
 */
public final class PathList {
  private PathList() {}

  /** Prepends each directory that is not yet an entry; the first of {@code dirs} ends up first. */
  public static String prepend(String raw, List<String> dirs, String separator, boolean ignoreCase) {
    List<String> entries = split(raw, separator);
    List<String> missing = dirs.stream().filter(d -> entries.stream().noneMatch(e -> same(e, d, ignoreCase))).toList();
    if (missing.isEmpty()) {
      return raw;
    }
    List<String> result = new ArrayList<>(missing);
    if (!raw.isEmpty()) {
      result.addAll(entries);
    }
    return String.join(separator, result);
  }

  public static String remove(String raw, List<String> dirs, String separator, boolean ignoreCase) {
    List<String> kept = split(raw, separator).stream().filter(e -> dirs.stream().noneMatch(d -> same(e, d, ignoreCase))).toList();
    return String.join(separator, kept);
  }

  static List<String> split(String raw, String separator) {
    return raw.isEmpty() ? List.of() : Arrays.asList(raw.split(java.util.regex.Pattern.quote(separator), -1));
  }

  /** Windows compares case-insensitively and ignores a trailing backslash. */
  private static boolean same(String entry, String dir, boolean ignoreCase) {
    String a = entry.replaceAll("[\\\\/]+$", "");
    String b = dir.replaceAll("[\\\\/]+$", "");
    return ignoreCase ? a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT)) : a.equals(b);
  }
}
