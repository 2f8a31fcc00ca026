package dev.goready.install;

import dev.goready.audit.AuditEntry;
import dev.goready.audit.AuditLog;
import dev.goready.fetch.Fetcher;
import dev.goready.verify.Policy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What every way of installing a toolchain shares: the store, the network, the audit log, the
 * switch of current, the reporter, the extraction limits and the verification policy; and the two
 * steps at either end of an install that do not depend on where the toolchain came from.
 */
public record InstallKit(
    ToolchainStore store,
    Fetcher fetcher,
    AuditLog audit,
    Activation activation,
    InstallReporter reporter,
    ExtractionLimits limits,
    Policy policy) {

  /** When {@code version} is already in the store: activate it (if asked) and say so, with no network at all. */
  Optional<InstallOutcome> alreadyInstalled(String version, boolean makeCurrent) {
    Path goroot = store.toolchain(version);
    if (!Files.isDirectory(goroot)) {
      return Optional.empty();
    }
    Optional<String> previous = switchCurrent(version, makeCurrent);
    return Optional.of(new InstallOutcome.AlreadyInstalled(version, goroot, previous, isCurrent(version)));
  }

  /** Renames the verified staging folder into place, logs the install and switches current to it. */
  InstallOutcome.Installed commit(Staging staging, boolean makeCurrent, String version, Map<String, Object> details, String archive, String digest, boolean fromCache) {
    Path goroot = staging.commit(version);
    Map<String, Object> logged = new java.util.LinkedHashMap<>(details);
    logged.put("goroot", goroot.toString());
    audit.append("install", version, AuditEntry.OK, logged);
    Optional<String> previous = switchCurrent(version, makeCurrent);
    return new InstallOutcome.Installed(version, goroot, previous, isCurrent(version), archive, digest, fromCache);
  }

  /** The first toolchain becomes the default even when not asked: a machine with Go installed and no default helps no one. */
  private Optional<String> switchCurrent(String version, boolean makeCurrent) {
    return makeCurrent || store.active().isEmpty() ? activation.activate(version) : Optional.empty();
  }

  private boolean isCurrent(String version) {
    return store.active().equals(Optional.of(version));
  }
}
