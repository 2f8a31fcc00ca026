package dev.goready.soak;

import java.util.List;
import java.util.Map;

/**
 * What one cycle did: each step's time and exit, every test's outcome, resources, the project's GC,
 * and the first lines each failing test ({@code failureOutput}, by "package test") and a failed build
 * ({@code buildOutput}) printed.
 */
public record CycleResult(
    int cycle,
    long startEpochMillis,
    double buildSeconds,
    int buildExit,
    double testSeconds,
    int testExit,
    boolean timedOut,
    List<String> failedBuilds,
    Map<String, String> outcomes,
    Map<String, Double> testTimes,
    long peakRssBytes,
    long meanRssBytes,
    double cpuSeconds,
    double ioWaitSeconds,
    List<Double> gcPausesMs,
    int peakHeapMb,
    int networkFailures,
    int moduleFetches,
    Map<String, List<String>> failureOutput,
    List<String> buildOutput) {

  public CycleResult {
    if (failedBuilds == null || outcomes == null || testTimes == null || gcPausesMs == null) {
      throw new IllegalArgumentException("a cycle's record lacks its builds, outcomes, test times or GC pauses");
    }
    // Cycles logged before goready kept failure output have none.
    failureOutput = failureOutput == null ? Map.of() : failureOutput;
    buildOutput = buildOutput == null ? List.of() : buildOutput;
  }

  public boolean failed() {
    return failed(buildExit, testExit, timedOut);
  }

  /** A cycle fails when its build or tests fail, or a step overran its timeout. */
  static boolean failed(int buildExit, int testExit, boolean timedOut) {
    return buildExit != 0 || testExit != 0 || timedOut;
  }

  public long count(String outcome) {
    return outcomes.values().stream().filter(outcome::equals).count();
  }
}
