package dev.goready.host;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.LocalIo;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Set;

/**
 * The file a user's profile path really names: symlinks followed link by link (a dotfiles repository
 * often links twice), and refused when that ends anywhere but at a regular file or nothing. A
 * `~/.bashrc -> /dev/null`, a FIFO, a folder, a loop or a dangling link is the user's choice, and
 * goready neither replaces nor reads it.
 */
final class UserFileTarget {
  /** As many hops as Linux follows before ELOOP. */
  private static final int MAX_LINKS = 40;

  private UserFileTarget() {}

  static Path resolve(Path path) {
    return LocalIo.run(path, () -> {
      Path current = path.toAbsolutePath();
      Set<Path> seen = new HashSet<>();
      while (Files.isSymbolicLink(current)) {
        if (!seen.add(current) || seen.size() > MAX_LINKS) {
          throw refused(path, "is a symlink loop");
        }
        Path target = Files.readSymbolicLink(current);
        current = (target.isAbsolute() ? target : current.getParent().resolve(target)).normalize();
      }
      if (!seen.isEmpty() && !Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
        throw refused(path, "is a symlink to " + current + ", which does not exist");
      }
      if (Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
        BasicFileAttributes attributes = Files.readAttributes(current, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!attributes.isRegularFile()) {
          throw refused(path, (seen.isEmpty() ? "is " : "leads to " + current + ", ") + kind(attributes));
        }
      }
      return current;
    });
  }

  private static String kind(BasicFileAttributes attributes) {
    return attributes.isDirectory() ? "a folder" : "a device, FIFO or socket, not a regular file";
  }

  private static GoreadyException refused(Path path, String why) {
    return new GoreadyException(ExitCode.LOCAL, path + " " + why + "; goready leaves it alone and wrote nothing",
        "point it at a regular file, or leave that shell out with --shell");
  }
}
