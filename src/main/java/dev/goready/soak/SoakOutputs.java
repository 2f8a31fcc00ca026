package dev.goready.soak;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goready.LocalIo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * cycles.csv, summary.json (schema 1; fields are only ever added), outcomes.json and report.html, each
 * written whole or not at all.
 */
public final class SoakOutputs {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SoakOutputs() {}

  /** {@code stopReason}: "done", or why the soak stopped early (interrupted, a full disk, out of memory). */
  static void write(Path out, List<CycleRow> results, SoakAnalysis analysis, RunFacts run) throws IOException {
    atomic(out.resolve("cycles.csv"), cyclesCsv(results));
    atomic(out.resolve("summary.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(summary(analysis, run)) + "\n");
    atomic(out.resolve("outcomes.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(analysis.outcomes()) + "\n");
    atomic(out.resolve("report.html"), HtmlReport.render(results, analysis, run));
  }

  static ObjectNode summary(SoakAnalysis a, RunFacts run) {
    ObjectNode root = JSON.createObjectNode();
    root.put("schema", 1).put("cycles", a.cycles()).put("failedCycles", a.failedCycles());
    root.put("ok", a.ok()).put("stopReason", run.stopReason());
    ArrayNode reasons = root.putArray("reasons");
    a.reasons().forEach(reasons::add);
    root.set("run", run(run, a));
    root.putObject("tests").put("total", a.total()).put("passed", a.passed()).put("failed", a.failed()).put("skipped", a.skipped());
    ArrayNode flaky = root.putArray("flaky");
    a.flaky().forEach(f -> flaky.addObject().put("package", f.pkg()).put("test", f.test()).put("passed", f.passed()).put("failed", f.failed()));
    ArrayNode slowest = root.putArray("slowest");
    a.slowest().forEach(s -> slowest.addObject().put("package", s.pkg()).put("test", s.test()).put("maxSeconds", s.maxSeconds()).put("meanSeconds", s.meanSeconds()));
    root.putObject("trends").put("buildSecondsPerDay", a.buildSecondsPerDay()).put("testSecondsPerDay", a.testSecondsPerDay())
        .put("peakRssBytesPerDay", a.peakRssBytesPerDay());
    SoakAnalysis.Figures f = a.figures();
    root.putObject("gc").put("pauseP50Ms", a.pauseP50Ms()).put("pauseP99Ms", a.pauseP99Ms()).put("pauseMaxMs", a.pauseMaxMs())
        .put("pauseMeanMs", f.pauseMeanMs()).put("pauses", f.pauseCount()).put("peakHeapMb", f.peakHeapMb());
    ObjectNode figures = root.putObject("figures").put("peakRssBytes", f.peakRssBytes()).put("ioWaitSecondsPerCycle", f.ioWaitSecondsPerCycle())
        .put("moduleFailureRate", f.moduleFailureRate());
    if (Double.isNaN(f.buildTimeChange())) {
      figures.putNull("buildTimeChange");
    } else {
      figures.put("buildTimeChange", f.buildTimeChange());
    }
    ArrayNode thresholds = root.putArray("thresholds");
    a.thresholds().forEach(t -> thresholds.addObject().put("name", t.name()).put("limit", t.limit()).put("value", t.value()).put("ok", t.ok())
        .put("judged", t.judged()).put("basis", t.basis()));
    failures(root.putArray("failingTests"), a.failingTests());
    failures(root.putArray("failedBuilds"), a.failedBuilds());
    ArrayNode packages = root.putArray("packages");
    a.packages().forEach(p -> packages.addObject().put("package", p.pkg()).put("tests", p.tests()).put("passed", p.passed()).put("failed", p.failed())
        .put("skipped", p.skipped()));
    root.put("fingerprint", a.fingerprint());
    // goready's own cost (the JVM, its sampler and parsers; not the children): the overhead bench reads it.
    root.putObject("self").put("cpuSeconds", run.goreadyCpuSeconds())
        .put("wallSeconds", run.goreadyWallMillis() / 1000.0)
        .put("peakRssBytes", run.goreadyPeakRssBytes()).put("heapCapMb", run.heapCapMb());
    return root;
  }

  private static ObjectNode run(RunFacts run, SoakAnalysis a) {
    SoakState state = run.state();
    SoakEnvironment env = run.environment();
    ObjectNode node = JSON.createObjectNode().put("project", state.project()).put("module", state.module()).put("commit", env.commit()).put("dirty", env.dirty());
    node.set("build", JSON.valueToTree(state.options().build()));
    node.set("test", JSON.valueToTree(state.options().testCommand()));
    node.put("race", state.options().race()).put("goVersion", env.goVersion()).put("goos", env.goEnv().getOrDefault("GOOS", env.os()))
        .put("goarch", env.goEnv().getOrDefault("GOARCH", ""));
    node.putObject("host").put("kind", env.kind()).put("os", env.os()).put("kernel", env.kernel()).put("cpu", env.machine().cpu())
        .put("cpus", env.machine().cpus()).put("memoryBytes", env.machine().memoryBytes());
    node.put("started", run.started()).put("ended", run.ended()).put("durationSeconds", run.durationMillis() / 1000.0).put("cycles", a.cycles());
    node.put("goready", run.goreadyVersion()).put("goreadyHeapCapMb", run.heapCapMb());
    node.set("overrides", JSON.valueToTree(state.overrides()));
    return node;
  }

  private static void failures(ArrayNode array, List<FailureDigest.Failure> failures) {
    for (FailureDigest.Failure f : failures) {
      ObjectNode node = array.addObject().put("package", f.pkg());
      if (!f.test().isEmpty()) {
        node.put("test", f.test());
      }
      node.put("failedCycles", f.count());
      node.set("cycles", JSON.valueToTree(f.cycles()));
      node.set("output", JSON.valueToTree(f.output()));
    }
  }

  static String cyclesCsv(List<CycleRow> results) {
    StringBuilder csv = new StringBuilder("cycle,start,build_seconds,build_exit,test_seconds,test_exit,timed_out,tests_passed,tests_failed,tests_skipped,"
        + "peak_rss_bytes,mean_rss_bytes,cpu_seconds,gc_count,gc_pause_p50_ms,gc_pause_p99_ms,gc_pause_max_ms,peak_heap_mb,network_failures,failed_builds\n");
    for (CycleRow r : results) {
      csv.append(String.format(Locale.ROOT, "%d,%s,%.3f,%d,%.3f,%d,%s,%d,%d,%d,%d,%d,%.2f,%d,%.3f,%.3f,%.3f,%d,%d,\"%s\"%n",
          r.cycle(), java.time.Instant.ofEpochMilli(r.startEpochMillis()), r.buildSeconds(), r.buildExit(), r.testSeconds(), r.testExit(),
          r.timedOut(), r.testsPassed(), r.testsFailed(), r.testsSkipped(), r.peakRssBytes(), r.meanRssBytes(), r.cpuSeconds(),
          r.gcCount(), r.gcP50Ms(), r.gcP99Ms(), r.gcMaxMs(), r.peakHeapMb(), r.networkFailures(), String.join(" ", r.failedBuilds()).replace("\"", "\"\"")));
    }
    return csv.toString();
  }

  static String sampleCsvHeader() {
    return "time,cycle,step,processes,rss_bytes,cpu_seconds,io_read_bytes,io_write_bytes,io_wait_seconds,system_available_bytes,cache_free_bytes,"
        + "goready_rss_bytes,goready_cpu_seconds\n";
  }

  static String sampleCsvRow(Sample s) {
    return String.format(Locale.ROOT, "%s,%d,%s,%d,%d,%.2f,%d,%d,%.2f,%d,%d,%d,%.2f%n", java.time.Instant.ofEpochMilli(s.epochMillis()), s.cycle(), s.step(),
        s.processes(), s.rssBytes(), s.cpuSeconds(), s.ioReadBytes(), s.ioWriteBytes(), s.ioWaitSeconds(), s.systemAvailableBytes(), s.cacheFreeBytes(),
        s.goreadyRssBytes(), s.goreadyCpuSeconds());
  }

  private static void atomic(Path file, String content) throws IOException {
    LocalIo.writeAtomically(file, content.getBytes(StandardCharsets.UTF_8));
  }
}
