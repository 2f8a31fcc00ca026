package dev.goready.install;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.audit.AuditEntry;
import dev.goready.audit.AuditLog;
import dev.goready.host.CommandResult;
import dev.goready.host.Host;
import dev.goready.release.Platform;
import dev.goready.release.Release;
import dev.goready.release.ReleaseFile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code install --msi} on Windows: the MSI, verified by SHA-256 against the index and by its
 * Authenticode signature (Google's), run by {@code msiexec /i … /qn} for a machine-wide install. msiexec needs admin rights; its exit codes say when they were missing.
 * msiexec cannot run on Linux CI, so tests drive this through a fixture host's recorded results.
 */
public final class MsiInstaller {
  static final int SUCCESS = 0;
  static final int SUCCESS_REBOOT_REQUIRED = 3010;
  static final int FATAL_ERROR = 1603;
  static final int ACCESS_DENIED = 5;
  static final int NEEDS_ELEVATION = 1925;
  static final int ADMIN_POLICY = 1625;

  private final Host host;
  private final AuditLog audit;

  public MsiInstaller(Host host, AuditLog audit) {
    this.host = host;
    this.audit = audit;
  }

  public static ReleaseFile msiFile(Release release, Platform platform) {
    return release.msiFor(platform)
        .orElseThrow(
            () -> new GoreadyException(ExitCode.USAGE, release.version() + " has no .msi for " + platform, "drop --msi to install the user-level .zip"));
  }

  /** Checked before anything is downloaded. */
  public void requireWindows() {
    if (host.os() != dev.goready.host.OsFamily.WINDOWS) {
      throw new GoreadyException(ExitCode.USAGE, "--msi runs Windows Installer and works only on Windows", "drop --msi");
    }
  }

  public void run(Path msi, String version) {
    requireWindows();
    String signer = Authenticode.require(host, msi);
    audit.append("verify", msi.getFileName().toString(), AuditEntry.OK, Map.of("authenticode", "Valid", "signer", signer));
    List<String> argv = List.of("msiexec.exe", "/i", msi.toString(), "/qn", "/norestart");
    CommandResult result = host.run(argv, Duration.ofMinutes(15));
    int exit = result.exit();
    if (result.succeeded() || exit == SUCCESS_REBOOT_REQUIRED) {
      audit.append("install", version, AuditEntry.OK, Map.of("msi", msi.toString(), "msiexecExit", exit));
      return;
    }
    audit.append("install", version, AuditEntry.FAIL, Map.of("msi", msi.toString(), "msiexecExit", exit));
    if (result.notFound()) {
      throw new GoreadyException(ExitCode.LOCAL, "msiexec.exe was not found", "run from a normal Windows session");
    }
    boolean rights = exit == FATAL_ERROR || exit == ACCESS_DENIED || exit == NEEDS_ELEVATION || exit == ADMIN_POLICY;
    throw new GoreadyException(
        ExitCode.LOCAL,
        "msiexec failed with exit code " + exit + " installing " + msi + (rights ? " (a machine-wide install needs administrator rights)" : ""),
        rights ? "run the terminal as administrator, or drop --msi for the user-level install that needs no admin" : "see msiexec's log: msiexec /i " + msi + " /l*v msi.log");
  }
}
