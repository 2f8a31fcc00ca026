package dev.goready.soak;

import java.util.List;

/** The least-squares line through values over time: the trends judged and the dashed lines drawn. */
record LineFit(long origin, double slopePerMilli, double intercept) {

  static LineFit through(List<SvgChart.Point> points) {
    if (points.size() < 2) {
      return new LineFit(points.isEmpty() ? 0 : points.getFirst().epochMillis(), 0, points.isEmpty() ? 0 : points.getFirst().value());
    }
    long origin = points.getFirst().epochMillis();
    double n = points.size();
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    for (SvgChart.Point p : points) {
      double x = p.epochMillis() - origin;
      sx += x;
      sy += p.value();
      sxx += x * x;
      sxy += x * p.value();
    }
    double denominator = n * sxx - sx * sx;
    double slope = denominator == 0 ? 0 : (n * sxy - sx * sy) / denominator;
    return new LineFit(origin, slope, (sy - slope * sx) / n);
  }

  double perDay() {
    return slopePerMilli * 86_400_000.0;
  }

  double at(long epochMillis) {
    return intercept + slopePerMilli * (epochMillis - origin);
  }
}
