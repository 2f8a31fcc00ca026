package dev.goready.soak;

import java.util.List;
import java.util.Locale;

/** Small inline SVG line and bar charts: no scripts, no network, readable printed. */
final class SvgChart {
  static final int WIDTH = 760;
  static final int HEIGHT = 240;
  private static final int LEFT = 64;
  private static final int RIGHT = 16;
  private static final int TOP = 30;
  private static final int BOTTOM = 36;

  record Series(String name, String color, List<Double> values, boolean dashed) {}

  private SvgChart() {}

  static String lines(String title, String unit, List<Series> series) {
    int n = series.stream().mapToInt(s -> s.values().size()).max().orElse(0);
    double max = series.stream().flatMap(s -> s.values().stream()).mapToDouble(Double::doubleValue).max().orElse(1);
    max = max <= 0 ? 1 : max * 1.1;
    StringBuilder svg = frame(title, unit, max, n);
    for (Series s : series) {
      StringBuilder points = new StringBuilder();
      for (int i = 0; i < s.values().size(); i++) {
        points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(i, n), y(s.values().get(i), max)));
      }
      svg.append(String.format(Locale.ROOT, "<polyline class=\"series\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s points=\"%s\"/>",
          s.color(), s.dashed() ? " stroke-dasharray=\"6 4\"" : "", points.toString().strip()));
      if (!s.dashed()) {
        for (int i = 0; i < s.values().size() && n <= 60; i++) {
          svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"><title>cycle %d: %s</title></circle>",
              x(i, n), y(s.values().get(i), max), s.color(), i + 1, number(s.values().get(i)) + " " + unit));
        }
      }
    }
    legend(svg, series);
    return svg.append("</svg>").toString();
  }

  /** One bar per cycle: green when it passed, red when it failed. */
  static String failures(List<Boolean> failed) {
    int n = failed.size();
    StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
        "<svg class=\"chart\" viewBox=\"0 0 %d 80\" role=\"img\" aria-label=\"failures timeline\"><title>Failures timeline</title>", WIDTH));
    double width = (WIDTH - LEFT - RIGHT) / (double) Math.max(n, 1);
    for (int i = 0; i < n; i++) {
      svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"10\" width=\"%.1f\" height=\"40\" fill=\"%s\"><title>cycle %d: %s</title></rect>",
          LEFT + i * width, Math.max(1, width - 1), failed.get(i) ? "#d93025" : "#34a853", i + 1, failed.get(i) ? "failed" : "passed"));
    }
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"70\" class=\"axis\">cycle 1</text><text x=\"%d\" y=\"70\" text-anchor=\"end\" class=\"axis\">cycle %d</text>",
        LEFT, WIDTH - RIGHT, n));
    return svg.append("</svg>").toString();
  }

  private static StringBuilder frame(String title, String unit, double max, int n) {
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
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"axis\">cycle 1</text>", LEFT, HEIGHT - 10));
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" class=\"axis\">cycle %d</text>", WIDTH - RIGHT, HEIGHT - 10, Math.max(n, 1)));
    return svg;
  }

  private static void legend(StringBuilder svg, List<Series> series) {
    int x = LEFT + 8;
    for (Series s : series) {
      svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"3\" fill=\"%s\"/><text x=\"%d\" y=\"%d\" class=\"legend\">%s</text>",
          x, 10, s.color(), x + 16, 15, s.name()));
      x += 24 + s.name().length() * 7;
    }
  }

  private static double x(int i, int n) {
    return n <= 1 ? LEFT + (WIDTH - LEFT - RIGHT) / 2.0 : LEFT + i * (WIDTH - LEFT - RIGHT) / (double) (n - 1);
  }

  private static double y(double value, double max) {
    return TOP + (HEIGHT - TOP - BOTTOM) * (1 - value / max);
  }

  static String number(double value) {
    if (value >= 100) {
      return String.format(Locale.ROOT, "%.0f", value);
    }
    return String.format(Locale.ROOT, value >= 10 ? "%.1f" : "%.2f", value);
  }
}
