package dev.goready.fetch;

import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a resume's If-Range names (RFC 9110 §13.1.5): the server's strong ETag, else its Last-Modified
 * date. Only a well-formed one counts: a single entity tag in quotes without {@code W/}, of visible
 * characters, or a single IMF-fixdate. Anything else (a weak or unquoted tag, control characters, two
 * values) gives none, and a download without one is never resumed, only started over.
 */
record ResumeValidator(String value) {
  private static final Pattern STRONG_TAG = Pattern.compile("\"[\\x21\\x23-\\x7e\\x80-\\xff]*\"");
  private static final Pattern IMF_FIXDATE =
      Pattern.compile("(Mon|Tue|Wed|Thu|Fri|Sat|Sun), [0-9]{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2} GMT");

  /** The validator a response names. */
  static Optional<ResumeValidator> of(HttpHeaders headers) {
    return from(headers.allValues("ETag"), headers.allValues("Last-Modified"));
  }

  /** From the lines of the ETag and Last-Modified headers: the strong tag if there is one, else the date. */
  static Optional<ResumeValidator> from(List<String> etags, List<String> lastModified) {
    return single(etags, STRONG_TAG).or(() -> single(lastModified, IMF_FIXDATE));
  }

  /** One read back from a resume's state file: either shape, as it was saved. */
  static Optional<ResumeValidator> parse(String saved) {
    return single(List.of(saved), STRONG_TAG).or(() -> single(List.of(saved), IMF_FIXDATE));
  }

  private static Optional<ResumeValidator> single(List<String> lines, Pattern shape) {
    if (lines.size() != 1) {
      return Optional.empty();
    }
    String value = lines.get(0).strip();
    return shape.matcher(value).matches() ? Optional.of(new ResumeValidator(value)) : Optional.empty();
  }

  /**
   * Whether a 206 answer may continue what this validator saved: an ETag must come back the same (a
   * 206 carries the ETag a 200 would); a date must not come back different.
   */
  boolean confirmedBy(HttpHeaders headers) {
    if (value.startsWith("\"")) {
      return single(headers.allValues("ETag"), STRONG_TAG).filter(this::equals).isPresent();
    }
    List<String> dates = headers.allValues("Last-Modified");
    return dates.isEmpty() || (dates.size() == 1 && dates.get(0).strip().equals(value));
  }
}
