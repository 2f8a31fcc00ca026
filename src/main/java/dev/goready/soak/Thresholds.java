package dev.goready.soak;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fixed threshold names and their default limits. Trends are fractions of the median cycle's
 * value per 24 h (0.10 = +10% a day); gc-pause-p99 is milliseconds; network-failure-rate a fraction.
 */
public final class Thresholds {
  public static final String FAILED_CYCLES = "failed-cycles";
  public static final String FLAKY_TESTS = "flaky-tests";
  public static final String BUILD_TIME_TREND = "build-time-trend";
  public static final String TEST_TIME_TREND = "test-time-trend";
  public static final String PEAK_RSS_TREND = "peak-rss-trend";
  public static final String GC_PAUSE_P99 = "gc-pause-p99";
  public static final String NETWORK_FAILURE_RATE = "network-failure-rate";

  /** A trend needs at least this many cycles over at least an hour; two or three noisy points are no trend. */
  static final int TREND_MIN_CYCLES = 10;
  static final long TREND_MIN_SPAN_MILLIS = 3_600_000;

  private Thresholds() {}

  public static Map<String, Double> defaults() {
    Map<String, Double> limits = new LinkedHashMap<>();
    limits.put(FAILED_CYCLES, 0.0);
    limits.put(FLAKY_TESTS, 0.0);
    limits.put(BUILD_TIME_TREND, 0.10);
    limits.put(TEST_TIME_TREND, 0.10);
    limits.put(PEAK_RSS_TREND, 0.10);
    limits.put(GC_PAUSE_P99, 10.0);
    limits.put(NETWORK_FAILURE_RATE, 0.001);
    return limits;
  }
}
