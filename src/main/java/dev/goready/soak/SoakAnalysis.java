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

/** Everything the summary and the report say about a run, computed once from its cycles. */
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

  public static SoakAnalysis of(List<CycleResult> results, Map<String, Double> limits) {
    Map<String, int[]> counts = new TreeMap<>(); // key → {pass, fail, skip}
    Map<String, List<Double>> times = new TreeMap<>();
    FailureDigest failures = new FailureDigest();
    long passed = 0;
    long failed = 0;
    long skipped = 0;
    for (CycleResult r : results) {
      failures.add(r);
      for (Map.Entry<String, String> e : r.outcomes().entrySet()) {
        int[] c = counts.computeIfAbsent(e.getKey(), k -> new int[3]);
        switch (e.getValue()) {
          case "pass" -> { c[0]++; passed++; }
          case "fail" -> { c[1]++; failed++; }
          default -> { c[2]++; skipped++; }
        }
      }
      r.testTimes().forEach((k, v) -> times.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
    }
    List<Flaky> flaky = new ArrayList<>();
    Map<String, String> outcomes = new TreeMap<>();
    counts.forEach((key, c) -> {
      String[] parts = key.split(" ", 2);
      if (c[0] > 0 && c[1] > 0) {
        flaky.add(new Flaky(parts[0], parts[1], c[0], c[1]));
      }
      outcomes.put(key, c[0] > 0 && c[1] > 0 ? "flaky" : c[1] > 0 ? "fail" : c[0] > 0 ? "pass" : "skip");
    });
    List<Slow> slowest = times.entrySet().stream()
        .map(e -> new Slow(e.getKey().split(" ", 2)[0], e.getKey().split(" ", 2)[1],
            e.getValue().stream().mapToDouble(Double::doubleValue).max().orElse(0), e.getValue().stream().mapToDouble(Double::doubleValue).average().orElse(0)))
        .sorted(Comparator.comparingDouble(Slow::maxSeconds).reversed()).limit(10).toList();
    List<Double> pauses = results.stream().flatMap(r -> r.gcPausesMs().stream()).sorted().toList();
    int failedCycles = (int) results.stream().filter(CycleResult::failed).count();
    double buildTrend = slopePerDay(results, CycleResult::buildSeconds);
    double testTrend = slopePerDay(results, CycleResult::testSeconds);
    double rssTrend = slopePerDay(results, r -> r.peakRssBytes());
    long span = span(results);
    boolean trendJudged = results.size() >= Thresholds.TREND_MIN_CYCLES && span >= Thresholds.TREND_MIN_SPAN_MILLIS;
    String cyclesBasis = results.size() + " cycles over " + hours(span);
    String trendBasis = trendJudged ? cyclesBasis
        : cyclesBasis + "; a trend needs " + Thresholds.TREND_MIN_CYCLES + " cycles over " + hours(Thresholds.TREND_MIN_SPAN_MILLIS);
    String pauseBasis = pauses.size() + " pauses" + (pauses.size() >= P99_MIN_PAUSES ? "" : "; a p99 needs " + P99_MIN_PAUSES);
    long fetchSteps = results.size();
    double networkRate = fetchSteps == 0 ? 0 : results.stream().filter(r -> r.networkFailures() > 0).count() / (double) fetchSteps;

    Map<String, Double> effective = new LinkedHashMap<>(Thresholds.defaults());
    effective.putAll(limits);
    List<ThresholdResult> judged = new ArrayList<>();
    judged.add(atMost(Thresholds.FAILED_CYCLES, effective, failedCycles, true, cyclesBasis));
    judged.add(atMost(Thresholds.FLAKY_TESTS, effective, flaky.size(), true, cyclesBasis));
    judged.add(atMost(Thresholds.BUILD_TIME_TREND, effective, relative(buildTrend, median(results, CycleResult::buildSeconds)), trendJudged, trendBasis));
    judged.add(atMost(Thresholds.TEST_TIME_TREND, effective, relative(testTrend, median(results, CycleResult::testSeconds)), trendJudged, trendBasis));
    judged.add(atMost(Thresholds.PEAK_RSS_TREND, effective, relative(rssTrend, median(results, r -> r.peakRssBytes())), trendJudged, trendBasis));
    judged.add(atMost(Thresholds.GC_PAUSE_P99, effective, percentile(pauses, 0.99), pauses.size() >= P99_MIN_PAUSES, pauseBasis));
    judged.add(atMost(Thresholds.NETWORK_FAILURE_RATE, effective, networkRate, !results.isEmpty(), cyclesBasis));

    Figures figures = new Figures(results.stream().mapToInt(CycleResult::peakHeapMb).max().orElse(0),
        results.stream().mapToLong(CycleResult::peakRssBytes).max().orElse(0), pauses.size(),
        pauses.stream().mapToDouble(Double::doubleValue).average().orElse(0), results.stream().mapToDouble(CycleResult::ioWaitSeconds).average().orElse(0),
        buildTimeChange(results), networkRate, span);
    List<PackageCounts> packages = new ArrayList<>();
    counts.forEach((key, c) -> {
      String pkg = key.split(" ", 2)[0];
      PackageCounts last = packages.isEmpty() ? null : packages.getLast();
      if (last != null && last.pkg().equals(pkg)) {
        packages.set(packages.size() - 1, new PackageCounts(pkg, last.tests() + 1, last.passed() + c[0], last.failed() + c[1], last.skipped() + c[2]));
      } else {
        packages.add(new PackageCounts(pkg, 1, c[0], c[1], c[2]));
      }
    });
    return new SoakAnalysis(results.size(), failedCycles, passed + failed + skipped, passed, failed, skipped, flaky, slowest,
        buildTrend, testTrend, rssTrend, percentile(pauses, 0.5), percentile(pauses, 0.99), pauses.isEmpty() ? 0 : pauses.getLast(),
        outcomes, fingerprint(outcomes), judged, failures.tests(), failures.builds(), packages, figures);
  }

  /** The last cycles' median build time relative to the first's; NaN when the run is too short to tell. */
  static double buildTimeChange(List<CycleResult> results) {
    if (results.size() < 2 * CHANGE_WINDOW) {
      return Double.NaN;
    }
    double first = median(results.subList(0, CHANGE_WINDOW), CycleResult::buildSeconds);
    double last = median(results.subList(results.size() - CHANGE_WINDOW, results.size()), CycleResult::buildSeconds);
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

  private static long span(List<CycleResult> results) {
    return results.isEmpty() ? 0 : results.getLast().startEpochMillis() - results.getFirst().startEpochMillis();
  }

  /** Least-squares slope of a per-cycle value against time, per 24 h. */
  static double slopePerDay(List<CycleResult> results, ToDoubleFunction<CycleResult> value) {
    return LineFit.through(points(results, value)).perDay();
  }

  static List<SvgChart.Point> points(List<CycleResult> results, ToDoubleFunction<CycleResult> value) {
    return results.stream().map(r -> new SvgChart.Point(r.startEpochMillis(), value.applyAsDouble(r))).toList();
  }

  static double median(List<CycleResult> results, ToDoubleFunction<CycleResult> value) {
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
