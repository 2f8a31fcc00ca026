package dev.goready.soak;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which tests failed and which packages did not build, in which cycles, with the first lines they
 * printed: what an auditor reads first. Cycle lists are cut at {@link #CYCLES_SHOWN}; the counts are
 * whole.
 */
final class FailureDigest {
  static final int CYCLES_SHOWN = 50;
  static final String UNNAMED_BUILD = "(build step)";

  /** A test or a package (for a build, {@code test} is empty) that failed in {@code count} cycles. */
  record Failure(String pkg, String test, int count, List<Integer> cycles, List<String> output) {}

  private final Map<String, Tally> tests = new LinkedHashMap<>();
  private final Map<String, Tally> builds = new LinkedHashMap<>();

  private static final class Tally {
    int count;
    final List<Integer> cycles = new ArrayList<>();
    List<String> output = List.of();

    void add(int cycle, List<String> lines) {
      count++;
      if (cycles.size() < CYCLES_SHOWN) {
        cycles.add(cycle);
      }
      if (output.isEmpty() && lines != null) {
        output = lines;
      }
    }
  }

  void add(CycleResult c) {
    c.outcomes().forEach((key, outcome) -> {
      if (outcome.equals("fail")) {
        tests.computeIfAbsent(key, k -> new Tally()).add(c.cycle(), c.failureOutput().get(key));
      }
    });
    for (String pkg : c.failedBuilds()) {
      builds.computeIfAbsent(pkg, k -> new Tally()).add(c.cycle(), c.buildOutput());
    }
    if (c.buildExit() != 0 && c.failedBuilds().isEmpty()) {
      // "go: updates to go.mod needed" names no package
      builds.computeIfAbsent(UNNAMED_BUILD, k -> new Tally()).add(c.cycle(), c.buildOutput());
    }
  }

  List<Failure> tests() {
    return list(tests, true);
  }

  /** Packages that did not build; a failed build step that named none is listed as {@link #UNNAMED_BUILD}. */
  List<Failure> builds() {
    return list(builds, false);
  }

  private static List<Failure> list(Map<String, Tally> tallies, boolean isTest) {
    List<Failure> failures = new ArrayList<>();
    tallies.forEach((key, t) -> {
      String[] parts = isTest ? key.split(" ", 2) : new String[] {key, ""};
      failures.add(new Failure(parts[0], parts.length > 1 ? parts[1] : "", t.count, List.copyOf(t.cycles), t.output));
    });
    failures.sort((a, b) -> Integer.compare(b.count(), a.count()));
    return failures;
  }
}
