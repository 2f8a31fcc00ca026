package dev.goready.install;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;

/** An archive entry that would write outside the toolchain, or an archive past the size limits. */
public final class UnsafeArchiveException extends GoreadyException {
  private static final long serialVersionUID = 1L;

  public UnsafeArchiveException(String archive, String entry, String why) {
    super(
        ExitCode.INTEGRITY,
        "refusing archive " + archive + ": entry '" + entry + "' " + why,
        "nothing was installed; this is not an official Go archive, or it was tampered with");
  }
}
