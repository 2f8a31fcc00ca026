package dev.goready.soak;

import java.util.List;

/**
 * One cycle as the charts and cycles.csv need it: its times, exits, counts and resources, a few hundred
 * bytes whatever the size of the suite. The per-test detail goes into {@link RunRecord}'s aggregates and
 * stays on disk in cycles.jsonl.
 */
record CycleRow(
    int cycle,
    long startEpochMillis,
    double buildSeconds,
    int buildExit,
    double testSeconds,
    int testExit,
    boolean timedOut,
    int testsPassed,
    int testsFailed,
    int testsSkipped,
    long peakRssBytes,
    long meanRssBytes,
    double cpuSeconds,
    double ioWaitSeconds,
    int gcCount,
    double gcP50Ms,
    double gcP99Ms,
    double gcMaxMs,
    int peakHeapMb,
    int networkFailures,
    List<String> failedBuilds) {

  static CycleRow of(CycleResult c) {
    List<Double> pauses = c.gcPausesMs().stream().sorted().toList();
    return new CycleRow(c.cycle(), c.startEpochMillis(), c.buildSeconds(), c.buildExit(), c.testSeconds(), c.testExit(), c.timedOut(),
        (int) c.count("pass"), (int) c.count("fail"), (int) c.count("skip"), c.peakRssBytes(), c.meanRssBytes(), c.cpuSeconds(), c.ioWaitSeconds(),
        pauses.size(), SoakAnalysis.percentile(pauses, 0.5), SoakAnalysis.percentile(pauses, 0.99), pauses.isEmpty() ? 0 : pauses.getLast(),
        c.peakHeapMb(), c.networkFailures(), List.copyOf(c.failedBuilds()));
  }

  boolean failed() {
    return CycleResult.failed(buildExit, testExit, timedOut);
  }
}
