package dev.goready;

import java.util.Optional;

/**
 * The one exception type for failures a user should read: what happened (naming the path, URL or
 * value involved), what to do next, and the exit code. Anything else reaching the CLI is a bug.
 */
public class GoreadyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ExitCode exitCode;
  private final String hint;

  public GoreadyException(ExitCode exitCode, String message, String hint) {
    this(exitCode, message, hint, null);
  }

  public GoreadyException(ExitCode exitCode, String message, String hint, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
    this.hint = hint;
  }

  public ExitCode exitCode() {
    return exitCode;
  }

  public Optional<String> hint() {
    return Optional.ofNullable(hint).filter(h -> !h.isBlank());
  }
}
