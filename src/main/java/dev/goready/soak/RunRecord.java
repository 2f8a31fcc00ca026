package dev.goready.soak;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run has gathered, kept as cycles arrive at a cost that does not grow with the run: a small
 * row per cycle, and per test a tally (outcome counts, duration maximum and sum) that each cycle adds
 * to. Holding every cycle's per-test outcomes instead cost about 17 bytes per test per cycle — 500 MB for
 * 3,000 cycles of a 10,000-test suite. --resume rebuilds the record by streaming cycles.jsonl through
 * {@link #add}.
 */
final class RunRecord {
  /** One test's results over the run so far. */
  static final class TestTally {
    int passed;
    int failed;
    int skipped;
    int timed;
    double maxSeconds;
    double sumSeconds;
  }

  private final List<CycleRow> rows = new ArrayList<>();
  private final Map<String, TestTally> tests = new HashMap<>();
  private final FailureDigest failures = new FailureDigest();
  private final PauseHistogram pauses = new PauseHistogram();
  private int failedCycles;
  private int flakyTests;

  void add(CycleResult cycle) {
    rows.add(CycleRow.of(cycle));
    failures.add(cycle);
    cycle.gcPausesMs().forEach(pauses::add);
    if (cycle.failed()) {
      failedCycles++;
    }
    cycle.outcomes().forEach((test, outcome) -> {
      TestTally t = tests.computeIfAbsent(test, k -> new TestTally());
      boolean flakyBefore = t.passed > 0 && t.failed > 0;
      switch (outcome) {
        case "pass" -> t.passed++;
        case "fail" -> t.failed++;
        default -> t.skipped++;
      }
      if (!flakyBefore && t.passed > 0 && t.failed > 0) {
        flakyTests++;
      }
    });
    cycle.testTimes().forEach((test, seconds) -> {
      TestTally t = tests.computeIfAbsent(test, k -> new TestTally());
      t.timed++;
      t.maxSeconds = Math.max(t.maxSeconds, seconds);
      t.sumSeconds += seconds;
    });
  }

  List<CycleRow> rows() {
    return rows;
  }

  /** Per "package test", read-only use. */
  Map<String, TestTally> tests() {
    return tests;
  }

  FailureDigest failures() {
    return failures;
  }

  PauseHistogram pauses() {
    return pauses;
  }

  int cycles() {
    return rows.size();
  }

  int failedCycles() {
    return failedCycles;
  }

  int flakyTests() {
    return flakyTests;
  }
}
