package dev.goready.audit;

import dev.goready.verify.Sha256;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Walks the hash chain of audit.jsonl and names the first place it breaks, streaming the log (a
 * second pass only to say where an out-of-order line came from), then holds the result against the
 * recorded head, which is what shows lines cut from the end.
 */
public final class ChainVerifier {
  private ChainVerifier() {}

  /** {@code firstBadLine} is 1-based; {@code problem} is a sentence naming the line(s) involved. */
  public record Result(long lines, Optional<Long> firstBadLine, String problem) {
    public boolean ok() {
      return firstBadLine.isEmpty();
    }
  }

  private record Break(long line, String prev, boolean unreadable) {}

  static Result verify(Path file, Optional<LogHead> head) throws IOException {
    String[] expected = {AuditLog.GENESIS};
    Break[] first = {null};
    long lines = LogLines.forEach(file, (number, bytes) -> {
      if (first[0] != null) {
        return;
      }
      Optional<AuditEntry> entry = bytes == null ? Optional.empty() : AuditLog.parse(bytes);
      if (entry.isEmpty()) {
        first[0] = new Break(number, "", true);
      } else if (!entry.get().prev().equalsIgnoreCase(expected[0])) {
        first[0] = new Break(number, entry.get().prev().toLowerCase(Locale.ROOT), false);
      } else {
        expected[0] = Sha256.hex(bytes);
      }
    });
    if (first[0] != null) {
      return broken(file, first[0], lines, head);
    }
    if (head.isPresent() && head.get().lines() > lines) {
      return new Result(lines, Optional.of(lines + 1), "lines " + (lines + 1) + " to " + head.get().lines()
          + " were removed from the end: the log's head recorded " + head.get().lines() + " lines");
    }
    if (head.isPresent() && head.get().lines() == lines && lines > 0 && !head.get().lastLineHash().equalsIgnoreCase(expected[0])) {
      return new Result(lines, Optional.of(lines), "line " + lines + " is not the line the log's head recorded last: it was replaced");
    }
    return new Result(lines, Optional.empty(), "");
  }

  /**
   * A break before line N where line N-1 itself chained: either N-1 was edited or lines between them
   * were removed. The head's line count tells which: the same count as the log means nothing was
   * removed, so line N-1 is the one that changed, and it is named as the first bad line.
   */
  private static Result broken(Path file, Break at, long lines, Optional<LogHead> head) throws IOException {
    long number = at.line();
    String problem = describe(file, at);
    if (!problem.endsWith(BETWEEN) || head.isEmpty()) {
      return new Result(lines, Optional.of(number), problem);
    }
    if (head.get().lines() == lines) {
      return new Result(lines, Optional.of(number - 1), "line " + (number - 1) + " was edited: line " + number
          + " recorded a different hash for it (the log's head still counts " + lines + " lines, so none were removed)");
    }
    if (head.get().lines() > lines) {
      return new Result(lines, Optional.of(number), "lines were removed between line " + (number - 1) + " and line " + number
          + ": the log's head recorded " + head.get().lines() + " lines, the log holds " + lines);
    }
    return new Result(lines, Optional.of(number), problem);
  }

  private static final String BETWEEN = "was edited, or lines were removed between them";

  private static String describe(Path file, Break at) throws IOException {
    long number = at.line();
    if (at.unreadable()) {
      return "line " + number + " is not an audit entry: it was edited or damaged";
    }
    if (number == 1) {
      return "line 1 does not start the chain (its prev is not 64 zeros): lines were removed from the start";
    }
    long[] follows = {0};
    LogLines.forEach(file, (n, bytes) -> {
      if (follows[0] == 0 && bytes != null && Sha256.hex(bytes).equals(at.prev())) {
        follows[0] = n;
      }
    });
    if (follows[0] > 0) {
      return "line " + number + " is out of order: it was written after line " + follows[0] + ", not after line " + (number - 1);
    }
    return "line " + number + " does not follow line " + (number - 1)
        + ": line " + (number - 1) + " " + BETWEEN;
  }
}
