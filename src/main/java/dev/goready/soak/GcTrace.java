package dev.goready.soak;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One GODEBUG=gctrace=1 line: "gc 12 @0.512s 3%: 0.013+2.9+0.050 ms clock, … , 16->17->8 MB, 17 MB goal,
 * [0 MB stacks, 0 MB globals,] 8 P". The stop-the-world pause is sweep termination plus mark
 * termination (the first and third clock times).
 */
public record GcTrace(int number, double pauseMs, int heapStartMb, int heapEndMb, int liveMb, int goalMb) {
  private static final Pattern LINE = Pattern.compile(
      "gc (\\d{1,9}) @[\\d.]+s \\d+%: ([\\d.]{1,20})\\+([\\d.]{1,20})\\+([\\d.]{1,20}) ms clock, .*? (\\d{1,9})->(\\d{1,9})->(\\d{1,9}) MB, (\\d{1,9}) MB goal");

  /** Numbers are capped at nine digits (a heap of 10^9 MB is not a real one), so a wild line is skipped, never a crash. */
  public static Optional<GcTrace> parse(String line) {
    Matcher m = LINE.matcher(line);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new GcTrace(Integer.parseInt(m.group(1)), Double.parseDouble(m.group(2)) + Double.parseDouble(m.group(4)),
        Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)), Integer.parseInt(m.group(7)), Integer.parseInt(m.group(8))));
    } catch (NumberFormatException e) {
      return Optional.empty(); // "1.2.3" matches [\\d.]: not a duration
    }
  }
}
