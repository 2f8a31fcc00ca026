package dev.goready.verify.sumdb;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;

/**
 * The checksum database signed two trees that cannot both be true: someone is showing different
 * users different logs. Both signed notes travel with it, as proof.
 */
public final class LogForkedException extends GoreadyException {
  private static final long serialVersionUID = 1L;

  private final String seenNote;
  private final String currentNote;

  LogForkedException(String message, String hint, String seenNote, String currentNote) {
    super(ExitCode.INTEGRITY, message, hint);
    this.seenNote = seenNote;
    this.currentNote = currentNote;
  }

  public String seenNote() {
    return seenNote;
  }

  public String currentNote() {
    return currentNote;
  }
}
