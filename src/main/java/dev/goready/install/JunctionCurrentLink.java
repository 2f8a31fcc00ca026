package dev.goready.install;

import dev.goready.host.CommandResult;
import dev.goready.host.Host;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

/**
 * Windows: a directory junction (mklink /J works without admin rights, unlike symlinks). A junction
 * cannot be replaced in one rename, so the switch is new-beside, old-aside, new-in, old-gone, and
 * {@link #recover} puts the old one back if a crash fell between the two renames. Cannot be run on
 * Linux CI; the Unix link covers the shared logic there.
 */
public final class JunctionCurrentLink implements CurrentLink {
  private final Host host;

  public JunctionCurrentLink(Host host) {
    this.host = host;
  }

  @Override
  public void pointAt(Path current, Path toolchain) throws IOException {
    Path fresh = current.resolveSibling("current.new");
    Path old = current.resolveSibling("current.old");
    removeJunction(fresh);
    CommandResult made =
        host.run(List.of("cmd.exe", "/d", "/c", "mklink", "/J", fresh.toString(), toolchain.toString()), Duration.ofSeconds(20));
    if (!made.succeeded()) {
      throw new IOException("mklink /J " + fresh + " failed: " + made.stdoutText().trim() + made.stderrText().trim());
    }
    removeJunction(old);
    if (Files.exists(current, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      Files.move(current, old, StandardCopyOption.ATOMIC_MOVE);
    }
    Files.move(fresh, current, StandardCopyOption.ATOMIC_MOVE);
    removeJunction(old);
  }

  @Override
  public void recover(Path current) throws IOException {
    Path old = current.resolveSibling("current.old");
    if (!Files.exists(current, java.nio.file.LinkOption.NOFOLLOW_LINKS) && Files.exists(old, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      Files.move(old, current, StandardCopyOption.ATOMIC_MOVE);
    }
    removeJunction(old);
    removeJunction(current.resolveSibling("current.new"));
  }

  /** Deleting a junction removes the link only, never the toolchain it points at. */
  private static void removeJunction(Path junction) throws IOException {
    Files.deleteIfExists(junction);
  }
}
