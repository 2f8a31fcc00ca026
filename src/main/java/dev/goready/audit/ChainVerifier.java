package dev.goready.audit;

import dev.goready.verify.Sha256;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Walks the hash chain of audit.jsonl and names the first place it breaks. */
public final class ChainVerifier {
  private ChainVerifier() {}

  /** {@code firstBadLine} is 1-based; {@code problem} is a sentence naming the line(s) involved. */
  public record Result(int lines, Optional<Integer> firstBadLine, String problem) {
    public boolean ok() {
      return firstBadLine.isEmpty();
    }
  }

  static Result verify(List<byte[]> lines) {
    Map<String, Integer> lineByHash = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      lineByHash.putIfAbsent(Sha256.hex(lines.get(i)), i + 1);
    }
    String expected = AuditLog.GENESIS;
    for (int i = 0; i < lines.size(); i++) {
      int number = i + 1;
      Optional<AuditEntry> entry = AuditLog.parse(lines.get(i));
      if (entry.isEmpty()) {
        return broken(lines, number, "line " + number + " is not an audit entry: it was edited or damaged");
      }
      String prev = entry.get().prev();
      if (!prev.equalsIgnoreCase(expected)) {
        return broken(lines, number, describe(number, prev, lineByHash));
      }
      expected = Sha256.hex(lines.get(i));
    }
    return new Result(lines.size(), Optional.empty(), "");
  }

  private static String describe(int number, String prev, Map<String, Integer> lineByHash) {
    if (number == 1) {
      return "line 1 does not start the chain (its prev is not 64 zeros): lines were removed from the start";
    }
    Integer follows = lineByHash.get(prev.toLowerCase(java.util.Locale.ROOT));
    if (follows != null) {
      return "line " + number + " is out of order: it was written after line " + follows + ", not after line " + (number - 1);
    }
    return "line " + number + " does not follow line " + (number - 1)
        + ": line " + (number - 1) + " was edited, or lines were removed between them";
  }

  private static Result broken(List<byte[]> lines, int number, String problem) {
    return new Result(lines.size(), Optional.of(number), problem);
  }
}
