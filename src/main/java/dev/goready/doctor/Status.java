package dev.goready.doctor;

import java.util.Locale;

/** A check's verdict. skip: not applicable here, or needs rights or data it lacks. */
public enum Status {
  OK("[✓]"),
  WARN("[!]"),
  FAIL("[✗]"),
  SKIP("[-]"),
  ERROR("[✗]"),
  TIMEOUT("[✗]");

  private final String symbol;

  Status(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** fail, error and timeout fail the run; warn does with --strict. */
  public boolean failsRun(boolean strict) {
    return this == FAIL || this == ERROR || this == TIMEOUT || (strict && this == WARN);
  }
}
