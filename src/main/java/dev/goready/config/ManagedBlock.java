package dev.goready.config;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import java.util.List;
import java.util.Optional;

/**
 * goready's lines in a startup file, between "# >>> goready >>>" and "# <<< goready <<<". Both
 * directions are pure functions of the text: installing twice changes nothing, and removing what was
 * installed gives back the file's exact text, a missing final newline included.
 */
public final class ManagedBlock {
  public static final String BEGIN = "# >>> goready >>>";
  public static final String END = "# <<< goready <<<";

  private ManagedBlock() {}

  /** Where the block is: [start, end), end past the end marker's line break if it has one; markerEnd right after the marker. */
  record Span(int start, int markerEnd, int end, boolean endsWithBreak) {}

  /** The text with the block holding exactly these lines, or empty if it already does. */
  public static Optional<String> install(String text, List<String> body, String eol, String file) {
    String block = BEGIN + eol + String.join(eol, body) + eol + END;
    Optional<Span> existing = find(text, file);
    int at = existing.isPresent() ? text.length() : BlockPlacement.of(text); // before a non-interactive guard or a line that must stay last
    String updated;
    if (existing.isPresent()) {
      updated = text.substring(0, existing.get().start()) + block + text.substring(existing.get().markerEnd());
    } else if (text.isEmpty()) {
      updated = block + eol;
    } else if (at < text.length()) {
      updated = text.substring(0, at) + block + eol + text.substring(at);
    } else if (text.endsWith("\n")) {
      updated = text + block + eol;
    } else {
      updated = text + eol + block; // the file had no final newline: neither does it now
    }
    return updated.equals(text) ? Optional.empty() : Optional.of(updated);
  }

  /** The text without the block (and without the line break goready added before it), or empty if there is none. */
  public static Optional<String> remove(String text, String file) {
    return find(text, file).map(span -> {
      int start = span.start();
      if (!span.endsWithBreak() && span.end() == text.length() && start > 0) {
        // The break goready put before a last line without one: the block's own line break, so a
        // file that ended in a lone "\r" keeps it.
        boolean crlf = text.startsWith("\r\n", span.start() + BEGIN.length()) && text.startsWith("\r\n", start - 2);
        start -= crlf ? 2 : 1;
      }
      return text.substring(0, start) + text.substring(span.end());
    });
  }

  /** The block's span; a begin marker without its end (or the reverse) is refused, touching nothing. */
  static Optional<Span> find(String text, String file) {
    int begin = lineStart(text, BEGIN, 0);
    int end = lineStart(text, END, 0);
    if (begin < 0 && end < 0) {
      return Optional.empty();
    }
    if (end < 0) {
      throw broken(text, file, "has \"" + BEGIN + "\" but its end marker \"" + END + "\" is gone");
    }
    if (begin < 0 || end < begin) {
      throw broken(text, file, "has \"" + END + "\" without the \"" + BEGIN + "\" before it");
    }
    if (lineStart(text, BEGIN, begin + 1) >= 0) {
      throw broken(text, file, "has goready's block twice");
    }
    int afterEnd = end + END.length();
    int lineEnd = text.indexOf('\n', afterEnd);
    boolean endsWithBreak = lineEnd >= 0 && text.substring(afterEnd, lineEnd).strip().isEmpty();
    return Optional.of(new Span(begin, afterEnd, endsWithBreak ? lineEnd + 1 : text.length(), endsWithBreak));
  }

  private static int lineStart(String text, String marker, int from) {
    int at = text.indexOf(marker, from);
    while (at >= 0 && at > 0 && text.charAt(at - 1) != '\n') {
      at = text.indexOf(marker, at + 1);
    }
    return at;
  }

  private static GoreadyException broken(String text, String file, String why) {
    int at = Math.max(text.indexOf(BEGIN), text.indexOf(END));
    String excerpt = String.join(" | ", text.substring(Math.max(0, at)).lines().limit(6).toList());
    return new GoreadyException(ExitCode.LOCAL, file + " " + why + "; nothing was changed",
        "fix the goready lines by hand (they start at: " + excerpt + "), then run goready env again");
  }
}
