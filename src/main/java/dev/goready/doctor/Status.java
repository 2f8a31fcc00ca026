package dev.goready.doctor;

import java.util.Locale;

/** A check's verdict. skip: not applicable here, or needs rights or data it lacks. */
public enum Status {
  OK("[✓]", "[ok]"),
  WARN("[!]", "[!!]"),
  FAIL("[✗]", "[xx]"),
  SKIP("[-]", "[--]"),
  ERROR("[✗]", "[xx]"),
  TIMEOUT("[✗]", "[xx]");

  private final String symbol;
  private final String ascii;

  Status(String symbol, String ascii) {
    this.symbol = symbol;
    this.ascii = ascii;
  }

  public String symbol() {
    return symbol;
  }

  /** The mark for a terminal whose locale is not UTF-8 (LANG=C in CI containers), where ✓ would print as ?. */
  public String asciiSymbol() {
    return ascii;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** fail, error and timeout fail the run; warn does with --strict. */
  public boolean failsRun(boolean strict) {
    return this == FAIL || this == ERROR || this == TIMEOUT || (strict && this == WARN);
  }
}
