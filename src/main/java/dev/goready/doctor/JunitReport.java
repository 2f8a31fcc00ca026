package dev.goready.doctor;

import java.util.Locale;

/** JUnit XML, one testcase per check: fail, error and timeout are failures, skip is skipped. For CI fleets. */
public final class JunitReport {
  private JunitReport() {}

  public static String render(Report report) {
    var counts = report.counts();
    int failures = counts.get(Status.FAIL) + counts.get(Status.ERROR) + counts.get(Status.TIMEOUT);
    long totalMs = report.checks().stream().mapToLong(CheckReport::ms).max().orElse(0);
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append(String.format(Locale.ROOT, "<testsuites name=\"goready doctor\" tests=\"%d\" failures=\"%d\" errors=\"0\" skipped=\"%d\" time=\"%.3f\">%n",
        report.checks().size(), failures, counts.get(Status.SKIP), totalMs / 1000.0));
    xml.append(String.format(Locale.ROOT, "  <testsuite name=\"goready.doctor.%s\" tests=\"%d\" failures=\"%d\" errors=\"0\" skipped=\"%d\" time=\"%.3f\">%n",
        report.kind().id(), report.checks().size(), failures, counts.get(Status.SKIP), totalMs / 1000.0));
    for (CheckReport check : report.checks()) {
      Result result = check.result();
      xml.append(String.format(Locale.ROOT, "    <testcase classname=\"goready.doctor.%s\" name=\"%s\" time=\"%.3f\">",
          escape(check.area()), escape(check.id()), check.ms() / 1000.0));
      switch (result.status()) {
        case FAIL, ERROR, TIMEOUT -> xml.append("\n      <failure type=\"").append(result.status().id()).append("\" message=\"")
            .append(escape(result.summary())).append("\">").append(escape(body(result))).append("</failure>\n    ");
        case SKIP -> xml.append("\n      <skipped message=\"").append(escape(result.summary())).append("\"/>\n    ");
        case WARN -> xml.append("\n      <system-out>").append(escape("warning: " + result.summary() + "\n" + body(result))).append("</system-out>\n    ");
        case OK -> { }
      }
      xml.append("</testcase>\n");
    }
    return xml.append("  </testsuite>\n</testsuites>\n").toString();
  }

  private static String body(Result result) {
    StringBuilder body = new StringBuilder();
    result.details().forEach(d -> body.append(d).append('\n'));
    result.fix().ifPresent(fix -> {
      body.append("fix: ").append(fix.text()).append('\n');
      fix.commands().forEach(c -> body.append("  ").append(c).append('\n'));
    });
    return body.toString();
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> {
          // XML 1.0 forbids most control characters; binary junk from a probe must not break the file.
          if (c == '\n' || c == '\t' || c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
            out.appendCodePoint(c);
          } else {
            out.append("\\u").append(String.format("%04x", c));
          }
        }
      }
    });
    return out.toString();
  }
}
