package dev.goready.fetch;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server's {@code Content-Range: bytes FIRST-LAST/TOTAL} answer to a resume (RFC 9110 §14.4), total
 * -1 for {@code *}. Eighteen digits at most, so every number fits a long; a range that is backwards or
 * reaches past its own total is no answer at all, and the download starts over.
 */
record ContentRange(long first, long last, long total) {
  private static final Pattern SHAPE = Pattern.compile("bytes (\\d{1,18})-(\\d{1,18})/(\\d{1,18}|\\*)");

  static Optional<ContentRange> parse(String header) {
    Matcher m = SHAPE.matcher(header);
    if (!m.matches()) {
      return Optional.empty();
    }
    long first = Long.parseLong(m.group(1));
    long last = Long.parseLong(m.group(2));
    long total = m.group(3).equals("*") ? -1 : Long.parseLong(m.group(3));
    if (last < first || (total >= 0 && last >= total)) {
      return Optional.empty();
    }
    return Optional.of(new ContentRange(first, last, total));
  }
}
