package dev.goready.soak;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Small inline SVG charts over wall-clock time: no scripts, no network, readable printed. Past
 * {@link #BUCKETS} points a series is drawn per time bucket, its median as the line and its min–max as a
 * band, so 3,000 cycles read as clearly as 30. Failed cycles are red marks on every chart.
 */
final class SvgChart {
  static final int WIDTH = 760;
  static final int HEIGHT = 240;
  static final int BUCKETS = 120;
  private static final int LEFT = 64;
  private static final int RIGHT = 16;
  private static final int TOP = 30;
  private static final int BOTTOM = 36;
  static final String FAILURE_COLOR = "#cf222e";

  record Point(long epochMillis, double value) {}

  /** A measured series; {@code dashed} ones are fitted trend lines, drawn as given. */
  record Series(String name, String color, List<Point> points, boolean dashed) {}

  /** The time the chart spans, from the first cycle's start to the last's. */
  record Window(long from, long to) {
    Window {
      to = Math.max(to, from + 1);
    }

    double x(long epochMillis) {
      return LEFT + (WIDTH - LEFT - RIGHT) * (epochMillis - from) / (double) (to - from);
    }

    int bucket(long epochMillis) {
      return (int) Math.min(BUCKETS - 1, (epochMillis - from) * BUCKETS / (to - from));
    }

    long bucketStart(int bucket) {
      return from + (to - from) * bucket / BUCKETS;
    }
  }

  private SvgChart() {}

  static String overTime(String title, String unit, Window window, List<Series> series, List<Long> failures) {
    double max = series.stream().flatMap(s -> s.points().stream()).mapToDouble(Point::value).filter(Double::isFinite).max().orElse(1);
    max = max <= 0 ? 1 : max * 1.1;
    StringBuilder svg = frame(title, unit, max, window);
    failureMarks(svg, window, failures);
    for (Series s : series) {
      if (s.dashed() || s.points().size() <= BUCKETS) {
        points(svg, s, unit, max, window);
      } else {
        bands(svg, s, max, window);
      }
    }
    legend(svg, series, !failures.isEmpty());
    return svg.append("</svg>").toString();
  }

  private static void points(StringBuilder svg, Series s, String unit, double max, Window window) {
    StringBuilder line = new StringBuilder();
    for (Point p : s.points()) {
      line.append(String.format(Locale.ROOT, "%.1f,%.1f ", window.x(p.epochMillis()), y(p.value(), max)));
    }
    svg.append(String.format(Locale.ROOT, "<polyline class=\"series\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s points=\"%s\"/>",
        s.color(), s.dashed() ? " stroke-dasharray=\"6 4\"" : "", line.toString().strip()));
    if (!s.dashed() && s.points().size() <= 60) {
      for (Point p : s.points()) {
        svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"><title>%s: %s</title></circle>",
            window.x(p.epochMillis()), y(p.value(), max), s.color(), time(p.epochMillis(), 0), number(p.value()) + " " + unit));
      }
    }
  }

  /** Per time bucket: the median as a line, min to max as a translucent band. */
  private static void bands(StringBuilder svg, Series s, double max, Window window) {
    List<List<Double>> buckets = new ArrayList<>();
    for (int i = 0; i < BUCKETS; i++) {
      buckets.add(new ArrayList<>());
    }
    s.points().forEach(p -> buckets.get(window.bucket(p.epochMillis())).add(p.value()));
    StringBuilder upper = new StringBuilder();
    List<String> lower = new ArrayList<>();
    StringBuilder median = new StringBuilder();
    double step = (WIDTH - LEFT - RIGHT) / (double) BUCKETS;
    for (int i = 0; i < BUCKETS; i++) {
      List<Double> values = buckets.get(i).stream().sorted().toList();
      if (values.isEmpty()) {
        continue;
      }
      double x = LEFT + (i + 0.5) * step;
      upper.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y(values.getLast(), max)));
      lower.add(String.format(Locale.ROOT, "%.1f,%.1f", x, y(values.getFirst(), max)));
      median.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y(SoakAnalysis.percentile(values, 0.5), max)));
    }
    java.util.Collections.reverse(lower);
    svg.append(String.format(Locale.ROOT, "<polygon class=\"band\" fill=\"%s\" fill-opacity=\"0.18\" stroke=\"none\" points=\"%s%s\"/>",
        s.color(), upper, String.join(" ", lower)));
    svg.append(String.format(Locale.ROOT, "<polyline class=\"series\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>",
        s.color(), median.toString().strip()));
  }

  private static void failureMarks(StringBuilder svg, Window window, List<Long> failures) {
    Set<Long> drawn = new HashSet<>();
    for (long at : failures) {
      double x = window.x(at);
      if (drawn.add(Math.round(x))) {
        svg.append(String.format(Locale.ROOT,
            "<line class=\"failure-mark\" x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"1.5\" stroke-opacity=\"0.7\"><title>failed cycle at %s</title></line>",
            x, x, TOP, HEIGHT - BOTTOM, FAILURE_COLOR, time(at, 0)));
      }
    }
  }

  /** Per time bucket, a bar: red when a cycle in it failed, green when all passed; none where no cycle ran. */
  static String failures(Window window, List<Point> cycles) {
    int[] ran = new int[BUCKETS];
    int[] failed = new int[BUCKETS];
    boolean perCycle = cycles.size() <= BUCKETS;
    StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
        "<svg class=\"chart\" viewBox=\"0 0 %d 84\" role=\"img\" aria-label=\"failures timeline\"><title>Failures timeline</title>", WIDTH));
    double width = (WIDTH - LEFT - RIGHT) / (double) BUCKETS;
    for (Point c : cycles) {
      int b = window.bucket(c.epochMillis());
      ran[b]++;
      failed[b] += c.value() > 0 ? 1 : 0;
    }
    for (int b = 0; b < BUCKETS; b++) {
      if (ran[b] == 0) {
        continue;
      }
      String what = perCycle && ran[b] == 1 ? (failed[b] > 0 ? "failed" : "passed") : failed[b] + " of " + ran[b] + " cycles failed";
      svg.append(String.format(Locale.ROOT, "<rect class=\"%s\" x=\"%.1f\" y=\"10\" width=\"%.1f\" height=\"40\" fill=\"%s\"><title>from %s: %s</title></rect>",
          failed[b] > 0 ? "failure-mark" : "pass-mark", LEFT + b * width, Math.max(1, width - 1), failed[b] > 0 ? FAILURE_COLOR : "#34a853",
          time(window.bucketStart(b), window.to() - window.from()), what));
    }
    timeAxis(svg, window, 68);
    return svg.append("</svg>").toString();
  }

  private static StringBuilder frame(String title, String unit, double max, Window window) {
    StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
        "<svg class=\"chart\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\"><title>%s</title>", WIDTH, HEIGHT, title, title));
    for (int i = 0; i <= 4; i++) {
      double value = max * i / 4;
      double y = y(value, max);
      svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" class=\"grid\"/>", LEFT, WIDTH - RIGHT, y, y));
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" class=\"axis\">%s</text>", LEFT - 6, y + 4, number(value)));
    }
    svg.append(String.format(Locale.ROOT, "<text x=\"12\" y=\"%d\" class=\"axis\" transform=\"rotate(-90 12 %d)\" text-anchor=\"middle\">%s</text>",
        HEIGHT / 2, HEIGHT / 2, unit));
    timeAxis(svg, window, HEIGHT - 10);
    return svg;
  }

  /** Five time labels (UTC) under the plot; their precision follows the span, days shown past a day and a half. */
  private static void timeAxis(StringBuilder svg, Window window, int y) {
    long span = window.to() - window.from();
    for (int i = 0; i <= 4; i++) {
      long at = window.from() + span * i / 4;
      String anchor = i == 0 ? "start" : i == 4 ? "end" : "middle";
      svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"%s\" class=\"axis time\">%s</text>",
          window.x(at), y, anchor, time(at, span) + (i == 4 ? " UTC" : "")));
    }
  }

  static String time(long epochMillis, long span) {
    String pattern = span > 36 * 3_600_000L ? "MMM d HH:mm" : span >= 600_000 ? "HH:mm" : "HH:mm:ss";
    return DateTimeFormatter.ofPattern(pattern, Locale.ROOT).withZone(ZoneOffset.UTC).format(Instant.ofEpochMilli(epochMillis));
  }

  private static void legend(StringBuilder svg, List<Series> series, boolean failures) {
    int x = LEFT + 8;
    for (Series s : series) {
      svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"3\" fill=\"%s\"/><text x=\"%d\" y=\"%d\" class=\"legend\">%s</text>",
          x, 10, s.color(), x + 16, 15, s.name()));
      x += 24 + s.name().length() * 7;
    }
    if (failures) {
      svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"4\" width=\"2\" height=\"14\" fill=\"%s\"/><text x=\"%d\" y=\"15\" class=\"legend\">failed cycle</text>",
          x, FAILURE_COLOR, x + 8));
    }
  }

  private static double y(double value, double max) {
    return TOP + (HEIGHT - TOP - BOTTOM) * (1 - (Double.isFinite(value) ? value : 0) / max);
  }

  static String number(double value) {
    if (value >= 100) {
      return String.format(Locale.ROOT, "%.0f", value);
    }
    return String.format(Locale.ROOT, value >= 10 ? "%.1f" : "%.2f", value);
  }
}
