package dev.goready.install;

import dev.goready.host.ThisProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A new relative symlink made beside {@code current}, then renamed over it: rename(2) replaces the
 * old link atomically, so a kill -9 at any moment leaves one of the two toolchains active. The
 * link is relative so GOREADY_HOME can be moved or mounted elsewhere.
 */
public final class SymlinkCurrentLink implements CurrentLink {
  private static final String TEMP_PREFIX = "current.tmp-";

  @Override
  public void pointAt(Path current, Path toolchain) throws IOException {
    Path temp = current.resolveSibling(TEMP_PREFIX + ThisProcess.pid());
    Files.deleteIfExists(temp);
    Files.createSymbolicLink(temp, current.getParent().relativize(toolchain));
    Files.move(temp, current, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  public void recover(Path current) throws IOException {
    try (var siblings = Files.newDirectoryStream(current.getParent(), TEMP_PREFIX + "*")) {
      for (Path temp : siblings) {
        Files.deleteIfExists(temp); // a switch that never happened: the old link is still in place
      }
    }
  }
}
