package dev.goready.install;

import java.nio.file.Path;
import java.util.Optional;

/** What an install did, as a type rather than a set of booleans. */
public sealed interface InstallOutcome {
  String version();

  /** A toolchain in GOREADY_HOME, now the default (current) unless the install was asked to leave that alone. */
  sealed interface Activated extends InstallOutcome {
    Path goroot();

    /** Whether current points at it now. */
    boolean current();

    /** The toolchain that was active before, if another one was. */
    Optional<String> previous();
  }

  /** Downloaded (or taken from the verified cache), verified, extracted and activated. */
  record Installed(String version, Path goroot, Optional<String> previous, boolean current, String archive, String sha256, boolean fromCache)
      implements Activated {}

  /** Already on disk; now active (it may have been already). */
  record AlreadyInstalled(String version, Path goroot, Optional<String> previous, boolean current) implements Activated {}

  /** Handed to Windows Installer (install --msi): machine-wide, outside GOREADY_HOME, nothing activated. */
  record MachineWide(String version, String file) implements InstallOutcome {}
}
