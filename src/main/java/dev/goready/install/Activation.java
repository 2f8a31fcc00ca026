package dev.goready.install;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.LocalIo;
import dev.goready.audit.AuditEntry;
import dev.goready.audit.AuditLog;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Switches the active toolchain and cleans up after crashed runs. Call under the store lock. */
public final class Activation {
  private final ToolchainStore store;
  private final CurrentLink link;
  private final AuditLog audit;

  public Activation(ToolchainStore store, CurrentLink link, AuditLog audit) {
    this.store = store;
    this.link = link;
    this.audit = audit;
  }

  /** Points current at an installed version; returns the version active before, if another. */
  public Optional<String> activate(String version) {
    Path toolchain = store.toolchain(version);
    if (!Files.isDirectory(toolchain)) {
      throw new GoreadyException(ExitCode.USAGE, version + " is not installed in " + store.toolchains(), "run goready install " + version);
    }
    Optional<String> previous = store.active();
    if (previous.equals(Optional.of(version))) {
      return Optional.empty();
    }
    LocalIo.run(store.current(), () -> {
      link.pointAt(store.current(), toolchain);
      return null;
    });
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("goroot", toolchain.toString());
    previous.ifPresent(p -> details.put("previous", p));
    try {
      audit.append("activate", version, AuditEntry.OK, details);
    } catch (GoreadyException unrecorded) {
      pointBack(previous); // a switch the log does not show must not stay
      throw unrecorded;
    }
    return previous;
  }

  private void pointBack(Optional<String> previous) {
    LocalIo.run(store.current(), () -> {
      if (previous.isPresent()) {
        link.pointAt(store.current(), store.toolchain(previous.get()));
      } else {
        Files.deleteIfExists(store.current());
      }
      return null;
    });
  }

  /**
   * What a kill -9 can leave behind: staging folders (an install that never finished: removed), a
   * half-made link (removed, or the old junction put back). Completed work is kept: a toolchain
   * renamed into place but not yet activated is simply activated by the next install.
   */
  public void recover() {
    LocalIo.run(store.home(), () -> {
      if (Files.isDirectory(store.toolchains())) {
        try (DirectoryStream<Path> staging = Files.newDirectoryStream(store.toolchains(), ToolchainStore.STAGING_PREFIX + "*")) {
          for (Path leftover : staging) {
            Trees.deleteRecursively(leftover);
          }
        }
      }
      if (Files.isDirectory(store.home())) {
        link.recover(store.current());
      }
      return null;
    });
  }

  /** Removes a toolchain; the active one only when forced, and then current is removed too. */
  public void uninstall(String version, boolean force) {
    Path toolchain = store.toolchain(version);
    if (!Files.isDirectory(toolchain)) {
      throw new GoreadyException(ExitCode.USAGE, version + " is not installed", "goready list shows what is installed");
    }
    boolean active = store.active().equals(Optional.of(version));
    if (active && !force) {
      throw new GoreadyException(
          ExitCode.USAGE, version + " is the active toolchain", "switch first with goready use VERSION, or pass --force");
    }
    // Rename out of sight first, so a crash mid-delete never leaves a half toolchain under its name.
    Path doomed = store.toolchains().resolve(ToolchainStore.STAGING_PREFIX + "uninstall-" + version);
    LocalIo.run(toolchain, () -> {
      Files.move(toolchain, doomed, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      if (active) {
        Files.deleteIfExists(store.current());
      }
      return null;
    });
    try {
      audit.append("uninstall", version, AuditEntry.OK, Map.of("goroot", toolchain.toString(), "wasActive", active));
    } catch (GoreadyException unrecorded) {
      LocalIo.run(toolchain, () -> Files.move(doomed, toolchain, java.nio.file.StandardCopyOption.ATOMIC_MOVE)); // nothing unrecorded is lost
      if (active) {
        pointBack(Optional.of(version));
      }
      throw unrecorded;
    }
    LocalIo.run(doomed, () -> {
      Trees.deleteRecursively(doomed);
      return null;
    });
  }

}
