package dev.goready.doctor;

import dev.goready.TerminalText;
import java.io.PrintStream;
import java.util.Map;

/** flutter-style text: one line per check, and for every warn or fail the fix under it. -v adds details and timings. */
public final class TextReport {
  private TextReport() {}

  /** Whether the locale can show ✓ and ✗: the first of LC_ALL, LC_CTYPE, LANG that is set names UTF-8. */
  public static boolean unicodeLocale(dev.goready.host.Host host) {
    if (host.os() == dev.goready.host.OsFamily.WINDOWS) {
      return true; // the console's code page is not in the environment; goready writes UTF-8 there
    }
    return java.util.stream.Stream.of("LC_ALL", "LC_CTYPE", "LANG").map(host::env).flatMap(java.util.Optional::stream)
        .filter(v -> !v.isBlank()).findFirst()
        .map(v -> v.toLowerCase(java.util.Locale.ROOT).matches(".*utf-?8.*")).orElse(false);
  }

  public static void print(Report report, boolean verbose, boolean unicode, PrintStream out) {
    out.println("goready doctor on " + report.kind().id() + " (" + report.os() + "/" + report.arch() + ")");
    int width = report.checks().stream().mapToInt(c -> c.id().length()).max().orElse(10);
    for (CheckReport check : report.checks()) {
      Result result = check.result();
      String timing = verbose ? "  (" + check.ms() + " ms)" : "";
      out.printf("%s %-" + width + "s  %s%s%n", unicode ? result.status().symbol() : result.status().asciiSymbol(), check.id(), TerminalText.escape(result.summary()), timing);
      if (verbose || result.status() == Status.FAIL || result.status() == Status.WARN) {
        boolean showDetails = verbose || result.status() == Status.FAIL;
        if (showDetails) {
          result.details().forEach(d -> out.println("      " + TerminalText.escape(d)));
        }
        result.fix().ifPresent(fix -> {
          out.println("      fix: " + TerminalText.escape(fix.text()));
          fix.commands().forEach(c -> out.println("        " + TerminalText.escape(c)));
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
    out.println(verdict(report, counts) + summary);
  }

  /** The last line's words: a warning is not "no problems", though it fails no run without --strict. */
  private static String verdict(Report report, Map<Status, Integer> counts) {
    if (report.failed(false)) {
      return "Doctor found problems: ";
    }
    return counts.get(Status.WARN) > 0 ? "Nothing failed, but the warnings above are worth a look: " : "No problems found: ";
  }
}
