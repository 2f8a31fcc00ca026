package dev.goready.soak;

import dev.goready.verify.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/** Everything the summary and the report say about a run, computed once from its record. */
public record SoakAnalysis(
    int cycles,
    int failedCycles,
    long total,
    long passed,
    long failed,
    long skipped,
    List<Flaky> flaky,
    List<Slow> slowest,
    double buildSecondsPerDay,
    double testSecondsPerDay,
    double peakRssBytesPerDay,
    double pauseP50Ms,
    double pauseP99Ms,
    double pauseMaxMs,
    Map<String, String> outcomes,
    String fingerprint,
    List<ThresholdResult> thresholds,
    List<FailureDigest.Failure> failingTests,
    List<FailureDigest.Failure> failedBuilds,
    List<PackageCounts> packages,
    Figures figures) {

  /** A GC pause p99 from fewer pauses than this is little more than their maximum. */
  static final int P99_MIN_PAUSES = 100;
  /** Build-time change compares the median of the first and of the last this many cycles. */
  static final int CHANGE_WINDOW = 10;

  public record Flaky(String pkg, String test, int passed, int failed) {}

  public record Slow(String pkg, String test, double maxSeconds, double meanSeconds) {}

  /** {@code basis}: what the value was computed from ("12 cycles over 5.5 h"), and when not judged, why. */
  public record ThresholdResult(String name, double limit, double value, boolean ok, boolean judged, String basis) {}

  /** Per package, test results summed over all cycles. */
  public record PackageCounts(String pkg, int tests, long passed, long failed, long skipped) {}

  /**
   * The figures a validation is signed on. {@code buildTimeChange} is the median build time of the last
   * {@link #CHANGE_WINDOW} cycles relative to the first's (0.05 = 5% slower), NaN with fewer than twice
   * that many cycles; {@code ioWaitSecondsPerCycle} is what Linux's delay accounting reports (0 where it is off).
   */
  public record Figures(int peakHeapMb, long peakRssBytes, int pauseCount, double pauseMeanMs, double ioWaitSecondsPerCycle,
      double buildTimeChange, double moduleFailureRate, long spanMillis) {}

  public boolean ok() {
    return thresholds.stream().allMatch(t -> !t.judged() || t.ok());
  }

  /** Why the verdict is FAILED: each judged threshold the run broke, with its value and limit. */
  public List<String> reasons() {
    return thresholds.stream().filter(t -> t.judged() && !t.ok())
        .map(t -> t.name() + " " + number(t.value()) + " is over its limit " + number(t.limit()) + " (" + t.basis() + ")").toList();
  }

  static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e12 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.4g", value);
  }

  /** Everything said about the run so far, from its record: per-cycle rows and per-test tallies. */
  static SoakAnalysis of(RunRecord record, Map<String, Double> limits) {
    List<CycleRow> rows = record.rows();
    Map<String, RunRecord.TestTally> tests = new TreeMap<>(record.tests());
    long passed = 0;
    long failed = 0;
    long skipped = 0;
    List<Flaky> flaky = new ArrayList<>();
    Map<String, String> outcomes = new TreeMap<>();
    List<PackageCounts> packages = new ArrayList<>();
    for (Map.Entry<String, RunRecord.TestTally> e : tests.entrySet()) {
      RunRecord.TestTally t = e.getValue();
      String[] parts = e.getKey().split(" ", 2);
      passed += t.passed;
      failed += t.failed;
      skipped += t.skipped;
      if (t.passed + t.failed + t.skipped == 0) {
        continue; // timed but never given an outcome
      }
      if (t.passed > 0 && t.failed > 0) {
        flaky.add(new Flaky(parts[0], parts[1], t.passed, t.failed));
      }
      outcomes.put(e.getKey(), t.passed > 0 && t.failed > 0 ? "flaky" : t.failed > 0 ? "fail" : t.passed > 0 ? "pass" : "skip");
      PackageCounts last = packages.isEmpty() ? null : packages.getLast();
      if (last != null && last.pkg().equals(parts[0])) {
        packages.set(packages.size() - 1, new PackageCounts(parts[0], last.tests() + 1, last.passed() + t.passed, last.failed() + t.failed,
            last.skipped() + t.skipped));
      } else {
        packages.add(new PackageCounts(parts[0], 1, t.passed, t.failed, t.skipped));
      }
    }
    List<Slow> slowest = tests.entrySet().stream().filter(e -> e.getValue().timed > 0)
        .map(e -> new Slow(e.getKey().split(" ", 2)[0], e.getKey().split(" ", 2)[1], e.getValue().maxSeconds, e.getValue().sumSeconds / e.getValue().timed))
        .sorted(Comparator.comparingDouble(Slow::maxSeconds).reversed()).limit(10).toList();
    PauseHistogram pauses = record.pauses();
    double buildTrend = slopePerDay(rows, CycleRow::buildSeconds);
    double testTrend = slopePerDay(rows, CycleRow::testSeconds);
    double rssTrend = slopePerDay(rows, r -> r.peakRssBytes());
    long span = rows.isEmpty() ? 0 : rows.getLast().startEpochMillis() - rows.getFirst().startEpochMillis();
    boolean trendJudged = rows.size() >= Thresholds.TREND_MIN_CYCLES && span >= Thresholds.TREND_MIN_SPAN_MILLIS;
    String cyclesBasis = rows.size() + " cycles over " + hours(span);
    String trendBasis = trendJudged ? cyclesBasis
        : cyclesBasis + "; a trend needs " + Thresholds.TREND_MIN_CYCLES + " cycles over " + hours(Thresholds.TREND_MIN_SPAN_MILLIS);
    String pauseBasis = pauses.count() + " pauses" + (pauses.count() >= P99_MIN_PAUSES ? "" : "; a p99 needs " + P99_MIN_PAUSES);
    double networkRate = rows.isEmpty() ? 0 : rows.stream().filter(r -> r.networkFailures() > 0).count() / (double) rows.size();

    Map<String, Double> effective = new LinkedHashMap<>(Thresholds.defaults());
    effective.putAll(limits);
    List<ThresholdResult> judged = new ArrayList<>();
    judged.add(atMost(Thresholds.FAILED_CYCLES, effective, record.failedCycles(), true, cyclesBasis));
    judged.add(atMost(Thresholds.FLAKY_TESTS, effective, flaky.size(), true, cyclesBasis));
    judged.add(atMost(Thresholds.BUILD_TIME_TREND, effective, relative(buildTrend, median(rows, CycleRow::buildSeconds)), trendJudged, trendBasis));
    judged.add(atMost(Thresholds.TEST_TIME_TREND, effective, relative(testTrend, median(rows, CycleRow::testSeconds)), trendJudged, trendBasis));
    judged.add(atMost(Thresholds.PEAK_RSS_TREND, effective, relative(rssTrend, median(rows, r -> r.peakRssBytes())), trendJudged, trendBasis));
    judged.add(atMost(Thresholds.GC_PAUSE_P99, effective, pauses.percentile(0.99), pauses.count() >= P99_MIN_PAUSES, pauseBasis));
    judged.add(atMost(Thresholds.NETWORK_FAILURE_RATE, effective, networkRate, !rows.isEmpty(), cyclesBasis));

    Figures figures = new Figures(rows.stream().mapToInt(CycleRow::peakHeapMb).max().orElse(0), rows.stream().mapToLong(CycleRow::peakRssBytes).max().orElse(0),
        (int) Math.min(Integer.MAX_VALUE, pauses.count()), pauses.mean(), rows.stream().mapToDouble(CycleRow::ioWaitSeconds).average().orElse(0),
        buildTimeChange(rows), networkRate, span);
    FailureDigest failures = record.failures();
    return new SoakAnalysis(rows.size(), record.failedCycles(), passed + failed + skipped, passed, failed, skipped, flaky, slowest,
        buildTrend, testTrend, rssTrend, pauses.percentile(0.5), pauses.percentile(0.99), pauses.max(),
        outcomes, fingerprint(outcomes), judged, failures.tests(), failures.builds(), packages, figures);
  }

  /** The last cycles' median build time relative to the first's; NaN when the run is too short to tell. */
  static double buildTimeChange(List<CycleRow> rows) {
    if (rows.size() < 2 * CHANGE_WINDOW) {
      return Double.NaN;
    }
    double first = median(rows.subList(0, CHANGE_WINDOW), CycleRow::buildSeconds);
    double last = median(rows.subList(rows.size() - CHANGE_WINDOW, rows.size()), CycleRow::buildSeconds);
    return first == 0 ? 0 : (last - first) / first;
  }

  static String hours(long millis) {
    if (millis >= 3_600_000) {
      return String.format(Locale.ROOT, "%.1f h", millis / 3_600_000.0);
    }
    return millis >= 60_000 ? String.format(Locale.ROOT, "%.0f min", millis / 60_000.0) : String.format(Locale.ROOT, "%.0f s", millis / 1000.0);
  }

  /** SHA-256 over the sorted (package, test, outcome) triples: no timings, no paths. */
  static String fingerprint(Map<String, String> outcomes) {
    StringBuilder text = new StringBuilder();
    outcomes.forEach((key, outcome) -> text.append(key.replace(' ', '\t')).append('\t').append(outcome).append('\n'));
    return "sha256:" + Sha256.hex(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static ThresholdResult atMost(String name, Map<String, Double> limits, double value, boolean judged, String basis) {
    double limit = limits.get(name);
    return new ThresholdResult(name, limit, value, value <= limit, judged, basis);
  }

  private static double relative(double perDay, double median) {
    return median == 0 ? 0 : perDay / median;
  }

  /** Least-squares slope of a per-cycle value against time, per 24 h. */
  static double slopePerDay(List<CycleRow> results, ToDoubleFunction<CycleRow> value) {
    return LineFit.through(points(results, value)).perDay();
  }

  static List<SvgChart.Point> points(List<CycleRow> results, ToDoubleFunction<CycleRow> value) {
    return results.stream().map(r -> new SvgChart.Point(r.startEpochMillis(), value.applyAsDouble(r))).toList();
  }

  static double median(List<CycleRow> results, ToDoubleFunction<CycleRow> value) {
    return percentile(results.stream().map(r -> value.applyAsDouble(r)).sorted().toList(), 0.5);
  }

  /** Nearest-rank percentile of sorted values; 0 for none. */
  static double percentile(List<Double> sorted, double p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int rank = (int) Math.ceil(p * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }
}
