package dev.goready.soak;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The first lines of what a failure printed, for the report: per failing test its own output, and for
 * a build that failed the compiler's. Bounded per test and per cycle, so a chatty suite costs nothing
 * here; tests that pass drop what they printed.
 */
final class FailureOutput {
  static final int LINES = 20;
  static final int LINE_CHARS = 300;
  private static final int MAX_FAILED_TESTS = 100;
  private final Map<String, List<String>> running = new HashMap<>();
  private final Map<String, List<String>> failedTests = new LinkedHashMap<>();
  private final List<String> build = new ArrayList<>();

  /** A line a test printed (test2json's "output" event); its own progress lines are not kept. */
  void testOutput(String test, String line) {
    String text = clean(line);
    if (text.startsWith("=== ") || text.isBlank() || GcTrace.parse(text).isPresent()) {
      return;
    }
    List<String> lines = running.computeIfAbsent(test, t -> new ArrayList<>());
    if (lines.size() < LINES) {
      lines.add(text);
    }
  }

  /** A test finished: a failure keeps its lines, anything else forgets them. */
  void outcome(String test, String action) {
    List<String> lines = running.remove(test);
    if (action.equals("fail") && failedTests.size() < MAX_FAILED_TESTS) {
      failedTests.put(test, lines == null ? List.of() : List.copyOf(lines));
    }
  }

  /** A line of compiler or go command output that may explain a failed build. */
  void buildOutput(String line) {
    String text = clean(line);
    if (build.size() < LINES && !text.isBlank() && !text.startsWith("go: downloading") && GcTrace.parse(text).isEmpty()) {
      build.add(text);
    }
  }

  Map<String, List<String>> failedTests() {
    return failedTests;
  }

  List<String> build() {
    return List.copyOf(build);
  }

  private static String clean(String line) {
    String text = line.stripTrailing();
    return text.length() > LINE_CHARS ? text.substring(0, LINE_CHARS) + "…" : text;
  }
}
