package dev.goready.install;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.LocalIo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A private folder under toolchains/ that a new toolchain is unpacked into; {@link #commit} renames
 * it into place in one step, and {@link #close} removes whatever was not committed, so a failure at
 * any point leaves no half-installed toolchain behind.
 */
final class Staging implements AutoCloseable {
  private final ToolchainStore store;
  private final Path dir;

  private Staging(ToolchainStore store, Path dir) {
    this.store = store;
    this.dir = dir;
  }

  static Staging create(ToolchainStore store) {
    LocalIo.run(store.downloads(), () -> Files.createDirectories(store.downloads()));
    LocalIo.run(store.toolchains(), () -> Files.createDirectories(store.toolchains()));
    return new Staging(store, LocalIo.run(store.toolchains(), () -> Files.createTempDirectory(store.toolchains(), ToolchainStore.STAGING_PREFIX)));
  }

  Path dir() {
    return dir;
  }

  /** Empties the folder for another attempt. */
  void reset() {
    LocalIo.run(dir, () -> {
      Trees.deleteRecursively(dir);
      return Files.createDirectories(dir);
    });
  }

  /** Go toolchains always hold bin/go; anything else is not a toolchain, whatever its digest. */
  void requireGoBinary(boolean windows, String what, String hint) {
    Path go = dir.resolve("bin").resolve(windows ? "go.exe" : "go");
    if (!Files.isRegularFile(go)) {
      throw new GoreadyException(ExitCode.INTEGRITY, what + " holds no go/bin/go" + (windows ? ".exe" : ""), hint);
    }
    if (!windows && !ownerMayRun(go)) {
      throw new GoreadyException(ExitCode.INTEGRITY, what + ": go/bin/go is not executable (its mode has no x bit)", hint);
    }
  }

  /** The owner's x bit, not Files.isExecutable: that is true for root whatever the mode says. */
  private static boolean ownerMayRun(Path file) {
    try {
      return Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class) == null
          || Files.getPosixFilePermissions(file).contains(java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE);
    } catch (java.io.IOException e) {
      return false;
    }
  }

  /**
   * Renames the folder to toolchains/VERSION, atomically. The folder was private (0700, as a temporary
   * folder is) while half-filled; the toolchain it becomes gets the 0755 of the archive's folders, so
   * other users and services on the machine can run it.
   */
  Path commit(String version) {
    Path target = store.toolchain(version);
    if (Files.getFileAttributeView(dir, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
      LocalIo.run(dir, () -> Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x")));
    }
    LocalIo.run(target, () -> Files.move(dir, target, StandardCopyOption.ATOMIC_MOVE));
    return target;
  }

  @Override
  public void close() {
    LocalIo.run(dir, () -> {
      Trees.deleteRecursively(dir);
      return null;
    });
  }
}
