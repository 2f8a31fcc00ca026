package dev.goready.soak;

/**
 * Every GC pause of a run in a fixed log-scale histogram (buckets 2% wide from 1 µs to beyond 10 s), so
 * the percentiles are over all pauses, not per-cycle maxima, at a constant 20 kB however many there are.
 * A percentile is the largest pause seen in its bucket: exact when pauses repeat, within 2% otherwise;
 * the count, mean and maximum are exact.
 */
final class PauseHistogram {
  private static final double SMALLEST_MS = 0.001;
  private static final double RATIO = Math.log(1.02);
  private static final int BUCKETS = 1200;
  private final long[] counts = new long[BUCKETS];
  private final double[] largest = new double[BUCKETS];
  private long count;
  private double sum;
  private double max;

  void add(double pauseMs) {
    if (!Double.isFinite(pauseMs) || pauseMs < 0) {
      return;
    }
    int bucket = bucket(pauseMs);
    counts[bucket]++;
    largest[bucket] = Math.max(largest[bucket], pauseMs);
    count++;
    sum += pauseMs;
    max = Math.max(max, pauseMs);
  }

  private static int bucket(double pauseMs) {
    if (pauseMs <= SMALLEST_MS) {
      return 0;
    }
    return (int) Math.min(BUCKETS - 1, 1 + Math.floor(Math.log(pauseMs / SMALLEST_MS) / RATIO));
  }

  long count() {
    return count;
  }

  double mean() {
    return count == 0 ? 0 : sum / count;
  }

  double max() {
    return max;
  }

  /** Nearest-rank percentile; 0 for no pauses. */
  double percentile(double p) {
    if (count == 0) {
      return 0;
    }
    long rank = Math.max(1, (long) Math.ceil(p * count));
    long seen = 0;
    for (int i = 0; i < BUCKETS; i++) {
      seen += counts[i];
      if (seen >= rank) {
        return largest[i];
      }
    }
    return max;
  }
}
