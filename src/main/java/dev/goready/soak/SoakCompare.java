package dev.goready.soak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.TerminalText;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** `goready soak compare A B`: the tests whose outcome differs, and the metrics side by side. */
public final class SoakCompare {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SoakCompare() {}

  /** True when every test had the same outcome in both runs; warnings (runs of different things) go to {@code err}. */
  public static boolean compare(Path a, Path b, PrintStream out, PrintStream err) {
    JsonNode summaryA = read(a.resolve("summary.json"));
    JsonNode summaryB = read(b.resolve("summary.json"));
    warnWhereTheRunsDiffer(a, b, err);
    Map<String, String> outcomesA = outcomes(a);
    Map<String, String> outcomesB = outcomes(b);
    TreeSet<String> tests = new TreeSet<>(outcomesA.keySet());
    tests.addAll(outcomesB.keySet());
    int differences = 0;
    for (String test : tests) {
      String oa = outcomesA.getOrDefault(test, "absent");
      String ob = outcomesB.getOrDefault(test, "absent");
      if (!oa.equals(ob)) {
        if (differences++ == 0) {
          out.printf("tests whose outcome differs:%n");
        }
        out.printf("  %-60s %-7s %s%n", TerminalText.escape(test.replace(' ', '.')), TerminalText.escape(oa), TerminalText.escape(ob));
      }
    }
    out.printf("%nfingerprint   %s%n              %s%n", summaryA.path("fingerprint").asText(), summaryB.path("fingerprint").asText());
    out.printf("%-24s %14s %14s%n", "", a.getFileName(), b.getFileName());
    row(out, "cycles", summaryA.path("cycles").asDouble(), summaryB.path("cycles").asDouble());
    row(out, "failed cycles", summaryA.path("failedCycles").asDouble(), summaryB.path("failedCycles").asDouble());
    // Runs of different lengths compare by rate: per cycle, not in sum.
    row(out, "failed cycles / cycle", perCycle(summaryA, summaryA.path("failedCycles")), perCycle(summaryB, summaryB.path("failedCycles")));
    row(out, "tests passed / cycle", perCycle(summaryA, summaryA.path("tests").path("passed")), perCycle(summaryB, summaryB.path("tests").path("passed")));
    row(out, "tests failed / cycle", perCycle(summaryA, summaryA.path("tests").path("failed")), perCycle(summaryB, summaryB.path("tests").path("failed")));
    row(out, "flaky tests", summaryA.path("flaky").size(), summaryB.path("flaky").size());
    row(out, "GC pause p99 (ms)", summaryA.path("gc").path("pauseP99Ms").asDouble(), summaryB.path("gc").path("pauseP99Ms").asDouble());
    row(out, "build s/day trend" + unjudged(summaryA, summaryB, Thresholds.BUILD_TIME_TREND), summaryA.path("trends").path("buildSecondsPerDay").asDouble(),
        summaryB.path("trends").path("buildSecondsPerDay").asDouble());
    row(out, "test s/day trend" + unjudged(summaryA, summaryB, Thresholds.TEST_TIME_TREND), summaryA.path("trends").path("testSecondsPerDay").asDouble(),
        summaryB.path("trends").path("testSecondsPerDay").asDouble());
    out.println(differences == 0 ? "\nsame outcomes for every test" : "\n" + differences + " test(s) differ");
    return differences == 0;
  }

  private static double perCycle(JsonNode summary, JsonNode count) {
    double cycles = summary.path("cycles").asDouble();
    return cycles == 0 ? 0 : count.asDouble() / cycles;
  }

  /** " (not judged)" when either run had too few cycles, or too short a span, for the trend to mean anything. */
  private static String unjudged(JsonNode summaryA, JsonNode summaryB, String threshold) {
    for (JsonNode summary : new JsonNode[] {summaryA, summaryB}) {
      for (JsonNode t : summary.path("thresholds")) {
        if (t.path("name").asText().equals(threshold) && !t.path("judged").asBoolean()) {
          return " (not judged)";
        }
      }
    }
    return "";
  }

  /** Two soaks of different modules, steps or -race test different things; the comparison says so first. */
  private static void warnWhereTheRunsDiffer(Path a, Path b, PrintStream err) {
    SoakState stateA;
    SoakState stateB;
    try {
      stateA = SoakState.read(a);
      stateB = SoakState.read(b);
    } catch (GoreadyException noState) {
      err.println("goready: warning: " + TerminalText.escape(noState.getMessage()) + "; cannot tell whether the runs tested the same module and options");
      return;
    }
    differ(err, "module", stateA.module(), stateB.module());
    differ(err, "--race", stateA.options().race(), stateB.options().race());
    differ(err, "--build", String.join(" ", stateA.options().build()), String.join(" ", stateB.options().build()));
    differ(err, "--test", String.join(" ", stateA.options().test()), String.join(" ", stateB.options().test()));
    if (!stateA.overrides().isEmpty() || !stateB.overrides().isEmpty()) {
      err.println("goready: warning: options were changed during a run (state.json's overrides)");
    }
  }

  private static void differ(PrintStream err, String what, Object a, Object b) {
    if (!a.equals(b)) {
      err.println("goready: warning: the runs differ in " + what + ": " + TerminalText.escape(String.valueOf(a)) + " and " + TerminalText.escape(String.valueOf(b)));
    }
  }

  private static void row(PrintStream out, String name, double a, double b) {
    out.printf(Locale.ROOT, "%-24s %14.3f %14.3f   %+.3f%n", name, a, b, b - a);
  }

  private static Map<String, String> outcomes(Path dir) {
    Map<String, String> outcomes = new TreeMap<>();
    read(dir.resolve("outcomes.json")).properties().forEach(e -> outcomes.put(e.getKey(), e.getValue().asText()));
    return outcomes;
  }

  private static JsonNode read(Path file) {
    try {
      return JSON.readTree(Files.readAllBytes(file));
    } catch (java.nio.file.NoSuchFileException e) {
      throw new GoreadyException(ExitCode.USAGE, file.getParent() + " holds no " + file.getFileName() + ": it is not a folder goready soak wrote",
          "pass two folders written by goready soak (--out)");
    } catch (IOException e) {
      // A FileSystemException's message repeats its file ("cannot read a/summary.json: a/summary.json").
      String why = e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getClass().getSimpleName();
      throw new GoreadyException(ExitCode.USAGE, "cannot read " + file + ": " + why, "pass two folders written by goready soak (--out)");
    }
  }
}
