package dev.goready.soak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goready.ExitCode;
import dev.goready.GoreadyException;
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

  /** True when every test had the same outcome in both runs. */
  public static boolean compare(Path a, Path b, PrintStream out) {
    JsonNode summaryA = read(a.resolve("summary.json"));
    JsonNode summaryB = read(b.resolve("summary.json"));
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
        out.printf("  %-60s %-7s %s%n", test.replace(' ', '.'), oa, ob);
      }
    }
    out.printf("%nfingerprint   %s%n              %s%n", summaryA.path("fingerprint").asText(), summaryB.path("fingerprint").asText());
    out.printf("%-24s %14s %14s%n", "", a.getFileName(), b.getFileName());
    row(out, "cycles", summaryA.path("cycles").asDouble(), summaryB.path("cycles").asDouble());
    row(out, "failed cycles", summaryA.path("failedCycles").asDouble(), summaryB.path("failedCycles").asDouble());
    row(out, "tests passed", summaryA.path("tests").path("passed").asDouble(), summaryB.path("tests").path("passed").asDouble());
    row(out, "tests failed", summaryA.path("tests").path("failed").asDouble(), summaryB.path("tests").path("failed").asDouble());
    row(out, "flaky tests", summaryA.path("flaky").size(), summaryB.path("flaky").size());
    row(out, "GC pause p99 (ms)", summaryA.path("gc").path("pauseP99Ms").asDouble(), summaryB.path("gc").path("pauseP99Ms").asDouble());
    row(out, "build s/day trend", summaryA.path("trends").path("buildSecondsPerDay").asDouble(), summaryB.path("trends").path("buildSecondsPerDay").asDouble());
    row(out, "test s/day trend", summaryA.path("trends").path("testSecondsPerDay").asDouble(), summaryB.path("trends").path("testSecondsPerDay").asDouble());
    out.println(differences == 0 ? "\nsame outcomes for every test" : "\n" + differences + " test(s) differ");
    return differences == 0;
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
    } catch (IOException e) {
      throw new GoreadyException(ExitCode.USAGE, "cannot read " + file + ": " + e.getMessage(), "pass two folders written by goready soak (--out)");
    }
  }
}
