package dev.goready.soak;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * report.html: one self-contained page (inline CSS and SVG, no scripts) that works offline and prints
 * to a clean PDF. It opens with what an auditor signs: the verdict and its reasons, what was soaked, how,
 * where and when; then what failed, the thresholds with what they were judged on, and the charts.
 */
final class HtmlReport {
  private HtmlReport() {}

  private static final String STYLE = """
      <style>
      body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#f6f7f9;color:#1f2328}
      main{max-width:900px;margin:0 auto;padding:24px}
      h1{font-size:24px;margin:0 0 4px} h2{font-size:17px;margin:0 0 8px}
      .verdict{display:inline-block;padding:4px 12px;border-radius:14px;font-weight:600;color:#fff}
      .ok{background:#1a7f37} .bad{background:#cf222e} .muted{color:#656d76}
      .reasons{margin:8px 0 0;padding-left:20px;color:#cf222e}
      .cards{display:grid;grid-template-columns:repeat(4,1fr);gap:10px;margin-top:16px}
      .card{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:10px 12px}
      .card b{display:block;font-size:20px}
      section{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:12px 16px;margin-top:14px}
      svg.chart{width:100%;height:auto;display:block}
      .grid{stroke:#eaeef2} .axis{font-size:11px;fill:#656d76} .legend{font-size:12px;fill:#1f2328}
      table{border-collapse:collapse;width:100%} th,td{text-align:left;padding:5px 8px;border-bottom:1px solid #eaeef2;font-size:14px;vertical-align:top}
      td.num{text-align:right;font-variant-numeric:tabular-nums} .pass{color:#1a7f37;font-weight:600} .fail{color:#cf222e;font-weight:600}
      code{font-size:13px;word-break:break-all}
      pre.output{margin:4px 0 0;padding:6px 8px;background:#f6f8fa;border-radius:6px;font-size:12px;white-space:pre-wrap;word-break:break-all}
      @media print{
        body{background:#fff;font-size:11pt} main{max-width:none;padding:0}
        section,.card{border-color:#bbb;break-inside:avoid;page-break-inside:avoid}
        .verdict{border:1px solid #000;-webkit-print-color-adjust:exact;print-color-adjust:exact}
        svg.chart{-webkit-print-color-adjust:exact;print-color-adjust:exact}
        pre.output{background:none;border:1px solid #ddd}
      }
      </style>
      """;

  static String render(List<CycleRow> results, SoakAnalysis a, RunFacts run) {
    StringBuilder html = new StringBuilder("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>goready soak report</title>
        <meta name="viewport" content="width=device-width, initial-scale=1">
        """).append(STYLE).append("</head><body><main>\n");
    header(html, a, run);
    failures(html, a);
    thresholds(html, a);
    charts(html, results, a);
    tables(html, a);
    environment(html, run.environment());
    return html.append("<p class=\"muted\">Written by goready ").append(esc(run.goreadyVersion())).append(" soak.</p></main></body></html>\n").toString();
  }

  private static void header(StringBuilder html, SoakAnalysis a, RunFacts run) {
    SoakState state = run.state();
    SoakEnvironment env = run.environment();
    html.append("<h1>goready soak report</h1>");
    html.append("<p><span id=\"verdict\" class=\"verdict ").append(a.ok() ? "ok\">PASSED" : "bad\">FAILED").append("</span> <span class=\"muted\">")
        .append(a.cycles()).append(" cycles · ").append(esc(run.stopReason())).append(" · fingerprint <code>").append(esc(a.fingerprint())).append("</code></span></p>");
    if (!a.reasons().isEmpty()) {
      html.append("<ul class=\"reasons\">");
      a.reasons().forEach(r -> html.append("<li>").append(esc(r)).append("</li>"));
      html.append("</ul>");
    }
    html.append("<div class=\"cards\">")
        .append(card("cycles", Integer.toString(a.cycles())))
        .append(card("failed cycles", Integer.toString(a.failedCycles())))
        .append(card("flaky tests", Integer.toString(a.flaky().size())))
        .append(card("GC pause p99", SvgChart.number(a.pauseP99Ms()) + " ms"))
        .append("</div>");
    html.append("<section id=\"run\"><h2>Run</h2><table>");
    row(html, "project", state.project());
    row(html, "module", state.module().isEmpty() ? "(none)" : state.module());
    row(html, "commit", run.revision());
    row(html, "build command", String.join(" ", state.options().build()));
    row(html, "test command", String.join(" ", state.options().testCommand()));
    row(html, "-race", state.options().race() ? "yes" : "no");
    row(html, "Go", env.goVersion());
    row(html, "GOOS/GOARCH", env.goEnv().getOrDefault("GOOS", env.os()) + "/" + env.goEnv().getOrDefault("GOARCH", "?"));
    row(html, "host", (env.kind().equals(env.os()) ? env.kind() : env.kind() + " · " + env.os()) + " · kernel " + env.kernel());
    row(html, "hardware", env.machine().describe());
    row(html, "start", run.started());
    row(html, "end", run.ended());
    row(html, "duration", SoakRunner.clock(run.durationMillis()) + " (" + a.cycles() + " cycles)");
    row(html, "goready", run.goreadyVersion() + ", heap capped at " + run.heapCapMb() + " MB");
    row(html, "goready's own cost", observerCost(run));
    state.overrides().forEach(o -> row(html, "changed on resume", o));
    html.append("</table></section>");
  }

  /** What the observer took from the machine it measured: its peak RSS and CPU, as a share of one CPU. */
  static String observerCost(RunFacts run) {
    String rss = run.goreadyPeakRssBytes() > 0 ? SvgChart.number(run.goreadyPeakRssBytes() / 1048576.0) + " MiB peak RSS" : "RSS unknown";
    double cpu = run.goreadyCpuSeconds();
    long wall = run.goreadyWallMillis();
    String share = cpu >= 0 && wall > 0 ? String.format(Locale.ROOT, " (%.2f%% of one CPU)", cpu * 100_000 / wall) : "";
    return rss + " · " + (cpu >= 0 ? SvgChart.number(cpu) + " s CPU" + share : "CPU unknown") + " (this process; samples.csv has it over time)";
  }

  private static void failures(StringBuilder html, SoakAnalysis a) {
    html.append("<section id=\"failing-tests\"><h2>Failing tests</h2>");
    if (a.failingTests().isEmpty()) {
      html.append("<p class=\"muted\">No test failed.</p>");
    } else {
      failureTable(html, a.failingTests(), a.cycles(), true);
    }
    html.append("</section><section id=\"failed-builds\"><h2>Packages that did not build</h2>");
    if (a.failedBuilds().isEmpty()) {
      html.append("<p class=\"muted\">Every package built in every cycle.</p>");
    } else {
      failureTable(html, a.failedBuilds(), a.cycles(), false);
    }
    html.append("</section>");
  }

  /** A suite that fails whole would list thousands; the most frequent come first, summary.json has all. */
  static final int FAILURES_SHOWN = 100;

  private static void failureTable(StringBuilder html, List<FailureDigest.Failure> failures, int cycles, boolean tests) {
    html.append("<table><tr><th>").append(tests ? "test" : "package").append("</th><th>failed</th><th>in cycles</th></tr>");
    for (FailureDigest.Failure f : failures.subList(0, Math.min(failures.size(), FAILURES_SHOWN))) {
      String name = tests ? f.pkg() + "." + f.test() : f.pkg();
      String list = String.join(", ", f.cycles().stream().map(String::valueOf).toList()) + (f.count() > f.cycles().size() ? ", …" : "");
      html.append("<tr class=\"failure\"><td><code>").append(esc(name)).append("</code>");
      if (!f.output().isEmpty()) {
        html.append("<pre class=\"output\">").append(esc(String.join("\n", f.output()))).append("</pre>");
      }
      html.append("</td><td class=\"num\">").append(f.count()).append(" of ").append(cycles).append("</td><td>").append(list).append("</td></tr>");
    }
    html.append("</table>");
    if (failures.size() > FAILURES_SHOWN) {
      html.append("<p class=\"muted\">").append(failures.size() - FAILURES_SHOWN).append(" more in summary.json.</p>");
    }
  }

  private static void thresholds(StringBuilder html, SoakAnalysis a) {
    html.append("<section id=\"thresholds\"><h2>Thresholds</h2><table><tr><th>threshold</th><th>limit</th><th>value</th><th>result</th><th>judged on</th></tr>");
    for (SoakAnalysis.ThresholdResult t : a.thresholds()) {
      String result = !t.judged() ? "<span class=\"muted\">not judged</span>" : t.ok() ? "<span class=\"pass\">pass</span>" : "<span class=\"fail\">fail</span>";
      html.append("<tr><td>").append(t.name()).append("</td><td class=\"num\">").append(SoakAnalysis.number(t.limit())).append("</td><td class=\"num\">")
          .append(t.judged() ? SoakAnalysis.number(t.value()) : "—").append("</td><td>").append(result).append("</td><td class=\"muted\">")
          .append(esc(t.basis())).append("</td></tr>");
    }
    html.append("</table><p class=\"muted\">Trends are fractions of the median cycle per 24 h, judged from ").append(Thresholds.TREND_MIN_CYCLES)
        .append(" cycles over at least an hour; the GC pause p99 is over all pauses, judged from ").append(SoakAnalysis.P99_MIN_PAUSES).append(".</p>");
    SoakAnalysis.Figures f = a.figures();
    html.append("<h2>Figures</h2><table>");
    figure(html, "heap in use, peak (gctrace)", f.peakHeapMb() + " MB");
    figure(html, "GC pauses", f.pauseCount() + " pauses · mean " + SvgChart.number(f.pauseMeanMs()) + " ms · p50 " + SvgChart.number(a.pauseP50Ms())
        + " ms · p99 " + SvgChart.number(a.pauseP99Ms()) + " ms · max " + SvgChart.number(a.pauseMaxMs()) + " ms");
    figure(html, "peak RSS of the test processes", SvgChart.number(f.peakRssBytes() / 1048576.0) + " MiB");
    figure(html, "I/O wait per cycle", SvgChart.number(f.ioWaitSecondsPerCycle()) + " s" + (f.ioWaitSecondsPerCycle() == 0 ? " (Linux reports it only with kernel.task_delayacct=1)" : ""));
    figure(html, "cycles with go mod download failures", String.format(Locale.ROOT, "%.2f%%", f.moduleFailureRate() * 100));
    figure(html, "build-time change, last " + SoakAnalysis.CHANGE_WINDOW + " cycles vs first " + SoakAnalysis.CHANGE_WINDOW,
        Double.isNaN(f.buildTimeChange()) ? "not enough cycles" : String.format(Locale.ROOT, "%+.1f%%", f.buildTimeChange() * 100));
    html.append("</table></section>");
  }

  private static void charts(StringBuilder html, List<CycleRow> results, SoakAnalysis a) {
    SvgChart.Window window = results.isEmpty() ? new SvgChart.Window(0, 1)
        : new SvgChart.Window(results.getFirst().startEpochMillis(), results.getLast().startEpochMillis());
    List<Long> failed = results.stream().filter(CycleRow::failed).map(CycleRow::startEpochMillis).toList();
    boolean trends = a.thresholds().stream().anyMatch(t -> t.name().equals(Thresholds.BUILD_TIME_TREND) && t.judged());
    chart(html, "Build and test time per cycle", "seconds", window, failed, List.of(
        series("build", "#0969da", results, CycleRow::buildSeconds, trends), series("test", "#8250df", results, CycleRow::testSeconds, trends)));
    chart(html, "Peak RSS of the test processes", "MiB", window, failed,
        List.of(series("peak RSS", "#bf3989", results, r -> r.peakRssBytes() / 1048576.0, trends)));
    chart(html, "Heap in use (gctrace, peak per cycle)", "MB", window, failed,
        List.of(series("heap", "#1a7f37", results, CycleRow::peakHeapMb, false)));
    chart(html, "GC pauses per cycle (stop-the-world)", "ms", window, failed, List.of(
        series("p99", "#bc4c00", results, CycleRow::gcP99Ms, false), series("max", "#9a6700", results, CycleRow::gcMaxMs, false)));
    html.append("<section><h2>Failures timeline</h2>")
        .append(SvgChart.failures(window, SoakAnalysis.points(results, r -> r.failed() ? 1 : 0))).append("</section>");
  }

  /** A measured series, and after it its dashed trend line where trends are judged. */
  private static List<SvgChart.Series> series(String name, String color, List<CycleRow> results, ToDoubleFunction<CycleRow> value, boolean trend) {
    List<SvgChart.Point> points = SoakAnalysis.points(results, value);
    if (!trend || points.size() < 2) {
      return List.of(new SvgChart.Series(name, color, points, false));
    }
    LineFit fit = LineFit.through(points);
    long from = points.getFirst().epochMillis();
    long to = points.getLast().epochMillis();
    List<SvgChart.Point> line = List.of(new SvgChart.Point(from, Math.max(0, fit.at(from))), new SvgChart.Point(to, Math.max(0, fit.at(to))));
    return List.of(new SvgChart.Series(name, color, points, false), new SvgChart.Series(name + " trend", color, line, true));
  }

  private static void chart(StringBuilder html, String title, String unit, SvgChart.Window window, List<Long> failed, List<List<SvgChart.Series>> series) {
    html.append("<section><h2>").append(title).append("</h2>")
        .append(SvgChart.overTime(title, unit, window, series.stream().flatMap(List::stream).toList(), failed)).append("</section>");
  }

  private static void tables(StringBuilder html, SoakAnalysis a) {
    html.append("<section id=\"flaky-tests\"><h2>Flaky tests</h2>");
    if (a.flaky().isEmpty()) {
      html.append("<p class=\"muted\">None: every test gave the same result in every cycle.</p>");
    } else {
      html.append("<table><tr><th>package</th><th>test</th><th>passed</th><th>failed</th></tr>");
      a.flaky().forEach(f -> html.append("<tr><td>").append(esc(f.pkg())).append("</td><td>").append(esc(f.test())).append("</td><td class=\"num\">")
          .append(f.passed()).append("</td><td class=\"num\">").append(f.failed()).append("</td></tr>"));
      html.append("</table>");
    }
    html.append("</section><section id=\"packages\"><h2>Packages</h2><table><tr><th>package</th><th>tests</th><th>passed</th><th>failed</th><th>skipped</th></tr>");
    a.packages().forEach(p -> html.append("<tr><td>").append(esc(p.pkg())).append("</td><td class=\"num\">").append(p.tests()).append("</td><td class=\"num\">")
        .append(p.passed()).append("</td><td class=\"num").append(p.failed() > 0 ? " fail" : "").append("\">").append(p.failed())
        .append("</td><td class=\"num\">").append(p.skipped()).append("</td></tr>"));
    html.append("</table><p class=\"muted\">Results summed over all cycles.</p></section>");
    html.append("<section><h2>Slowest tests</h2><table><tr><th>package</th><th>test</th><th>max s</th><th>mean s</th></tr>");
    a.slowest().forEach(s -> html.append("<tr><td>").append(esc(s.pkg())).append("</td><td>").append(esc(s.test())).append("</td><td class=\"num\">")
        .append(SoakAnalysis.number(s.maxSeconds())).append("</td><td class=\"num\">").append(SoakAnalysis.number(s.meanSeconds())).append("</td></tr>"));
    html.append("</table></section>");
  }

  private static void environment(StringBuilder html, SoakEnvironment env) {
    html.append("<section><h2>go env</h2><table>");
    for (Map.Entry<String, String> e : env.goEnv().entrySet()) {
      row(html, e.getKey(), e.getValue());
    }
    html.append("</table></section>");
  }

  private static String card(String label, String value) {
    return "<div class=\"card\"><span class=\"muted\">" + label + "</span><b>" + esc(value) + "</b></div>";
  }

  private static void row(StringBuilder html, String key, String value) {
    html.append("<tr><th>").append(esc(key)).append("</th><td><code>").append(esc(value)).append("</code></td></tr>");
  }

  private static void figure(StringBuilder html, String key, String value) {
    html.append("<tr><th>").append(esc(key)).append("</th><td>").append(esc(value)).append("</td></tr>");
  }

  static String esc(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
