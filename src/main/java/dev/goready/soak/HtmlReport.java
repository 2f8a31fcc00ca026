package dev.goready.soak;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** report.html: one self-contained page (inline CSS and SVG, no scripts) that works offline. */
final class HtmlReport {
  private HtmlReport() {}

  static String render(List<CycleResult> results, SoakAnalysis a, SoakEnvironment env) {
    List<Double> build = results.stream().map(CycleResult::buildSeconds).toList();
    List<Double> test = results.stream().map(CycleResult::testSeconds).toList();
    List<Double> rss = results.stream().map(r -> r.peakRssBytes() / 1048576.0).toList();
    List<Double> p99 = results.stream().map(r -> SoakAnalysis.percentile(r.gcPausesMs().stream().sorted().toList(), 0.99)).toList();
    List<Double> maxPause = results.stream().map(r -> r.gcPausesMs().stream().mapToDouble(Double::doubleValue).max().orElse(0)).toList();
    StringBuilder html = new StringBuilder();
    html.append("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>goready soak report</title>
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <style>
        body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#f6f7f9;color:#1f2328}
        main{max-width:860px;margin:0 auto;padding:24px}
        h1{font-size:24px;margin:0 0 4px} h2{font-size:17px;margin:28px 0 8px}
        .verdict{display:inline-block;padding:4px 12px;border-radius:14px;font-weight:600;color:#fff}
        .ok{background:#1a7f37} .bad{background:#cf222e} .muted{color:#656d76}
        .cards{display:grid;grid-template-columns:repeat(4,1fr);gap:10px;margin-top:16px}
        .card{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:10px 12px}
        .card b{display:block;font-size:20px}
        section{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:12px 16px;margin-top:14px}
        svg.chart{width:100%;height:auto;display:block}
        .grid{stroke:#eaeef2} .axis{font-size:11px;fill:#656d76} .legend{font-size:12px;fill:#1f2328}
        table{border-collapse:collapse;width:100%} th,td{text-align:left;padding:5px 8px;border-bottom:1px solid #eaeef2;font-size:14px}
        td.num{text-align:right;font-variant-numeric:tabular-nums} .pass{color:#1a7f37;font-weight:600} .fail{color:#cf222e;font-weight:600}
        code{font-size:13px}
        </style></head><body><main>
        """);
    html.append("<h1>goready soak report</h1>");
    html.append("<p><span class=\"verdict ").append(a.ok() ? "ok\">PASSED" : "bad\">FAILED").append("</span> <span class=\"muted\">")
        .append(a.cycles()).append(" cycles · fingerprint <code>").append(esc(a.fingerprint())).append("</code></span></p>");
    html.append("<div class=\"cards\">")
        .append(card("cycles", Integer.toString(a.cycles())))
        .append(card("failed cycles", Integer.toString(a.failedCycles())))
        .append(card("flaky tests", Integer.toString(a.flaky().size())))
        .append(card("GC pause p99", SvgChart.number(a.pauseP99Ms()) + " ms"))
        .append("</div>");
    html.append("<section><h2>Build and test time per cycle</h2>").append(SvgChart.lines("Build and test time per cycle", "seconds", List.of(
        new SvgChart.Series("build", "#0969da", build, false), new SvgChart.Series("test", "#8250df", test, false),
        new SvgChart.Series("build trend", "#0969da", trend(build), true), new SvgChart.Series("test trend", "#8250df", trend(test), true)))).append("</section>");
    html.append("<section><h2>Peak memory per cycle</h2>").append(SvgChart.lines("Peak memory per cycle", "MiB", List.of(
        new SvgChart.Series("peak RSS", "#bf3989", rss, false), new SvgChart.Series("trend", "#bf3989", trend(rss), true)))).append("</section>");
    html.append("<section><h2>GC pauses (stop-the-world)</h2>").append(SvgChart.lines("GC pauses per cycle", "ms", List.of(
        new SvgChart.Series("p99", "#bc4c00", p99, false), new SvgChart.Series("max", "#9a6700", maxPause, false)))).append("</section>");
    html.append("<section><h2>Failures timeline</h2>").append(SvgChart.failures(results.stream().map(CycleResult::failed).toList())).append("</section>");

    html.append("<section><h2>Thresholds</h2><table><tr><th>threshold</th><th>limit</th><th>value</th><th>result</th></tr>");
    for (SoakAnalysis.ThresholdResult t : a.thresholds()) {
      String result = !t.judged() ? "<span class=\"muted\">not judged</span>" : t.ok() ? "<span class=\"pass\">pass</span>" : "<span class=\"fail\">fail</span>";
      html.append("<tr><td>").append(t.name()).append("</td><td class=\"num\">").append(fmt(t.limit())).append("</td><td class=\"num\">")
          .append(t.judged() ? fmt(t.value()) : "—").append("</td><td>").append(result).append("</td></tr>");
    }
    html.append("</table><p class=\"muted\">Trends are judged from 10 cycles over at least an hour; fewer points are no trend.</p></section>");

    html.append("<section><h2>Flaky tests</h2>");
    if (a.flaky().isEmpty()) {
      html.append("<p class=\"muted\">None: every test gave the same result in every cycle.</p>");
    } else {
      html.append("<table><tr><th>package</th><th>test</th><th>passed</th><th>failed</th></tr>");
      a.flaky().forEach(f -> html.append("<tr><td>").append(esc(f.pkg())).append("</td><td>").append(esc(f.test())).append("</td><td class=\"num\">")
          .append(f.passed()).append("</td><td class=\"num\">").append(f.failed()).append("</td></tr>"));
      html.append("</table>");
    }
    html.append("</section><section><h2>Slowest tests</h2><table><tr><th>package</th><th>test</th><th>max s</th><th>mean s</th></tr>");
    a.slowest().forEach(s -> html.append("<tr><td>").append(esc(s.pkg())).append("</td><td>").append(esc(s.test())).append("</td><td class=\"num\">")
        .append(fmt(s.maxSeconds())).append("</td><td class=\"num\">").append(fmt(s.meanSeconds())).append("</td></tr>"));
    html.append("</table></section>");

    html.append("<section><h2>Environment</h2><table>");
    row(html, "OS", env.os() + " (" + env.kind() + ")");
    row(html, "kernel", env.kernel());
    row(html, "Go", env.goVersion());
    for (Map.Entry<String, String> e : env.goEnv().entrySet()) {
      row(html, e.getKey(), e.getValue());
    }
    html.append("</table></section><p class=\"muted\">Written by goready soak.</p></main></body></html>\n");
    return html.toString();
  }

  /** The least-squares line through the values, drawn dashed under the series. */
  static List<Double> trend(List<Double> values) {
    int n = values.size();
    if (n < 2) {
      return values;
    }
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    for (int i = 0; i < n; i++) {
      sx += i;
      sy += values.get(i);
      sxx += (double) i * i;
      sxy += i * values.get(i);
    }
    double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
    double intercept = (sy - slope * sx) / n;
    List<Double> line = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      line.add(Math.max(0, intercept + slope * i));
    }
    return line;
  }

  private static String card(String label, String value) {
    return "<div class=\"card\"><span class=\"muted\">" + label + "</span><b>" + esc(value) + "</b></div>";
  }

  private static void row(StringBuilder html, String key, String value) {
    html.append("<tr><th>").append(esc(key)).append("</th><td><code>").append(esc(value)).append("</code></td></tr>");
  }

  private static String fmt(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e12 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.4g", value);
  }

  static String esc(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
