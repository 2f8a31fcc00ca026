package dev.goready.verify;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;

/** The archive's bytes are not the ones the index vouches for. Carries both digests and the URL. */
public final class ChecksumMismatchException extends GoreadyException {
  private static final long serialVersionUID = 1L;

  private final String url;
  private final String expected;
  private final String actual;

  public ChecksumMismatchException(String url, String expected, String actual) {
    super(
        ExitCode.INTEGRITY,
        "SHA-256 mismatch for " + url + ": expected " + expected + ", got " + actual,
        "the download was deleted and nothing was installed; a mirror or proxy changed the file, try again or use another mirror");
    this.url = url;
    this.expected = expected;
    this.actual = actual;
  }

  public String url() {
    return url;
  }

  public String expected() {
    return expected;
  }

  public String actual() {
    return actual;
  }
}
