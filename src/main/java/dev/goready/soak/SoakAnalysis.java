package dev.goready.soak;

import dev.goready.verify.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
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
    List<ThresholdResult> thresholds) {

  public record Flaky(String pkg, String test, int passed, int failed) {}

  public record Slow(String pkg, String test, double maxSeconds, double meanSeconds) {}

  public record ThresholdResult(String name, double limit, double value, boolean ok, boolean judged) {}

  public boolean ok() {
    return thresholds.stream().allMatch(t -> !t.judged() || t.ok());
  }

  public static SoakAnalysis of(List<CycleResult> results, Map<String, Double> limits) {
    Map<String, int[]> counts = new TreeMap<>(); // key → {pass, fail, skip}
    Map<String, List<Double>> times = new TreeMap<>();
    long passed = 0;
    long failed = 0;
    long skipped = 0;
    for (CycleResult r : results) {
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
    boolean trendJudged = results.size() >= Thresholds.TREND_MIN_CYCLES && span(results) >= Thresholds.TREND_MIN_SPAN_MILLIS;
    long fetchSteps = results.size();
    double networkRate = fetchSteps == 0 ? 0 : results.stream().filter(r -> r.networkFailures() > 0).count() / (double) fetchSteps;

    Map<String, Double> effective = new LinkedHashMap<>(Thresholds.defaults());
    effective.putAll(limits);
    List<ThresholdResult> judged = new ArrayList<>();
    judged.add(atMost(Thresholds.FAILED_CYCLES, effective, failedCycles, true));
    judged.add(atMost(Thresholds.FLAKY_TESTS, effective, flaky.size(), true));
    judged.add(atMost(Thresholds.BUILD_TIME_TREND, effective, relative(buildTrend, median(results, CycleResult::buildSeconds)), trendJudged));
    judged.add(atMost(Thresholds.TEST_TIME_TREND, effective, relative(testTrend, median(results, CycleResult::testSeconds)), trendJudged));
    judged.add(atMost(Thresholds.PEAK_RSS_TREND, effective, relative(rssTrend, median(results, r -> r.peakRssBytes())), trendJudged));
    judged.add(atMost(Thresholds.GC_PAUSE_P99, effective, percentile(pauses, 0.99), !pauses.isEmpty()));
    judged.add(atMost(Thresholds.NETWORK_FAILURE_RATE, effective, networkRate, true));

    return new SoakAnalysis(results.size(), failedCycles, passed + failed + skipped, passed, failed, skipped, flaky, slowest,
        buildTrend, testTrend, rssTrend, percentile(pauses, 0.5), percentile(pauses, 0.99), pauses.isEmpty() ? 0 : pauses.getLast(),
        outcomes, fingerprint(outcomes), judged);
  }

  /** SHA-256 over the sorted (package, test, outcome) triples: no timings, no paths. */
  static String fingerprint(Map<String, String> outcomes) {
    StringBuilder text = new StringBuilder();
    outcomes.forEach((key, outcome) -> text.append(key.replace(' ', '\t')).append('\t').append(outcome).append('\n'));
    return "sha256:" + Sha256.hex(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static ThresholdResult atMost(String name, Map<String, Double> limits, double value, boolean judged) {
    double limit = limits.get(name);
    return new ThresholdResult(name, limit, value, value <= limit, judged);
  }

  private static double relative(double perDay, double median) {
    return median == 0 ? 0 : perDay / median;
  }

  private static long span(List<CycleResult> results) {
    return results.isEmpty() ? 0 : results.getLast().startEpochMillis() - results.getFirst().startEpochMillis();
  }

  /** Least-squares slope of a per-cycle value against time, per 24 h. */
  static double slopePerDay(List<CycleResult> results, ToDoubleFunction<CycleResult> value) {
    if (results.size() < 2) {
      return 0;
    }
    double t0 = results.getFirst().startEpochMillis();
    double n = results.size();
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    for (CycleResult r : results) {
      double x = (r.startEpochMillis() - t0) / 86_400_000.0;
      double y = value.applyAsDouble(r);
      sx += x;
      sy += y;
      sxx += x * x;
      sxy += x * y;
    }
    double denominator = n * sxx - sx * sx;
    return denominator == 0 ? 0 : (n * sxy - sx * sy) / denominator;
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
