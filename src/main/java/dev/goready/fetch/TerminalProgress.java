package dev.goready.fetch;

import java.io.PrintStream;
import java.util.Locale;

/** A one-line progress bar on stderr: bytes, rate, ETA; redrawn at most ten times a second. */
public final class TerminalProgress implements Progress {
  private static final int WIDTH = 24;
  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintStream err;
  private final String label;
  private final long startNanos = System.nanoTime();
  private long lastDraw;
  private long lastDone;
  private long lastTotal = -1;

  public TerminalProgress(PrintStream err, String label) {
    this.err = err;
    this.label = label;
  }

  @Override
  public synchronized void update(long done, long total) {
    lastDone = done;
    lastTotal = total;
    long now = System.nanoTime();
    if (now - lastDraw >= REDRAW_NANOS) {
      lastDraw = now;
      err.print("\r" + line(label, done, total, now - startNanos) + "\u001b[K");
      err.flush();
    }
  }

  @Override
  public synchronized void finish() {
    err.print("\r" + line(label, lastDone, lastTotal, System.nanoTime() - startNanos) + "\u001b[K\n");
    err.flush();
  }

  static String line(String label, long done, long total, long elapsedNanos) {
    double seconds = Math.max(elapsedNanos / 1e9, 1e-3);
    double rate = done / seconds;
    StringBuilder s = new StringBuilder(label).append("  ").append(bytes(done));
    if (total > 0) {
      int filled = (int) Math.min(WIDTH, WIDTH * done / total);
      s.append(" / ").append(bytes(total)).append("  [")
          .append("#".repeat(filled)).append(".".repeat(WIDTH - filled)).append("]");
      if (rate > 0 && done < total) {
        s.append(String.format(Locale.ROOT, "  ETA %ds", (long) Math.ceil((total - done) / rate)));
      }
    }
    return s.append("  ").append(bytes((long) rate)).append("/s").toString();
  }

  static String bytes(long n) {
    if (n < 1024) {
      return n + " B";
    }
    String[] units = {"KiB", "MiB", "GiB", "TiB"};
    double value = n;
    int unit = -1;
    do {
      value /= 1024;
      unit++;
    } while (value >= 1024 && unit < units.length - 1);
    return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
  }
}
