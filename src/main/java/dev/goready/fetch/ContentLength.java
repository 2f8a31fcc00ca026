package dev.goready.fetch;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A server's {@code Content-Length} (RFC 9110 §8.6): one decimal number, eighteen digits at most so
 * it fits a long. What is not one (letters, a sign, a list, lines that disagree) is the server's
 * broken answer, exit 3, and never read as "length unknown".
 */
record ContentLength(long bytes) {
  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");

  /** The length the header's lines give; empty when there is none. */
  static Optional<ContentLength> parse(List<String> lines, URI from) {
    Optional<ContentLength> length = Optional.empty();
    for (String line : lines) {
      String value = line.strip();
      if (!DIGITS.matcher(value).matches() || (length.isPresent() && length.get().bytes() != Long.parseLong(value))) {
        throw new GoreadyException(ExitCode.NETWORK, "the server sent Content-Length '" + String.join("', '", lines) + "' for " + from,
            "the mirror is broken; try another one");
      }
      length = Optional.of(new ContentLength(Long.parseLong(value)));
    }
    return length;
  }
}
