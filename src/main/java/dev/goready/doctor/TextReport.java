package dev.goready.doctor;

import java.io.PrintStream;
import java.util.Map;

/** flutter-style text: one line per check, and for every warn or fail the fix under it. -v adds details and timings. */
public final class TextReport {
  private TextReport() {}

  public static void print(Report report, boolean verbose, PrintStream out) {
    out.println("goready doctor on " + report.kind().id() + " (" + report.os() + "/" + report.arch() + ")");
    int width = report.checks().stream().mapToInt(c -> c.id().length()).max().orElse(10);
    for (CheckReport check : report.checks()) {
      Result result = check.result();
      String timing = verbose ? "  (" + check.ms() + " ms)" : "";
      out.printf("%s %-" + width + "s  %s%s%n", result.status().symbol(), check.id(), result.summary(), timing);
      if (verbose || result.status() == Status.FAIL || result.status() == Status.WARN) {
        boolean showDetails = verbose || result.status() == Status.FAIL;
        if (showDetails) {
          result.details().forEach(d -> out.println("      " + d));
        }
        result.fix().ifPresent(fix -> {
          out.println("      fix: " + fix.text());
          fix.commands().forEach(c -> out.println("        " + c));
        });
      }
    }
    Map<Status, Integer> counts = report.counts();
    StringBuilder summary = new StringBuilder();
    for (Status status : Status.values()) {
      if (counts.get(status) > 0) {
        summary.append(summary.isEmpty() ? "" : ", ").append(counts.get(status)).append(' ').append(status.id());
      }
    }
    out.println();
    out.println(report.failed(false) ? "Doctor found problems: " + summary : "No problems found: " + summary);
  }
}
