package dev.goready.host;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.LocalIo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Applies {@link FileEdit}s the careful way: through symlinks to the real file (dotfiles are often
 * links into a dotfiles repository), refusing read-only files, a backup `<file>.goready.bak` before
 * the first change, a temporary file beside the target moved over it atomically, permissions kept.
 * A failed write is an error naming the file; nothing is swallowed. Call under the store lock.
 */
public final class FileEditor {
  private FileEditor() {}

  /** Reads a file the way plans expect: empty when it does not exist; a link is followed. */
  public static Optional<byte[]> read(Path path) {
    return LocalIo.run(path, () -> Files.exists(path) ? Optional.of(Files.readAllBytes(path)) : Optional.empty());
  }

  public static void apply(FileEdit edit) {
    Path target = LocalIo.run(edit.path(), () -> Files.isSymbolicLink(edit.path()) ? resolveLink(edit.path()) : edit.path());
    Optional<byte[]> now = read(target);
    if (now.isPresent() != edit.before().isPresent() || (now.isPresent() && !Arrays.equals(now.get(), edit.before().get()))) {
      throw new GoreadyException(ExitCode.LOCAL, target + " changed while goready was planning its edit; nothing was written", "run goready env again");
    }
    if (now.isPresent() && readOnly(target)) {
      throw new GoreadyException(ExitCode.LOCAL, target + " is read-only; nothing was written",
          "make it writable (chmod u+w " + target + ") or leave that shell out with --shell");
    }
    LocalIo.run(target, () -> {
      if (now.isPresent() && edit.usersFile() && edit.after().isPresent()) {
        Path backup = target.resolveSibling(target.getFileName() + ".goready.bak");
        if (!Files.exists(backup, LinkOption.NOFOLLOW_LINKS)) {
          Files.write(backup, now.get()); // the file as it was before goready first touched it
        }
      }
      if (edit.after().isEmpty()) {
        Files.deleteIfExists(target);
        return null;
      }
      Files.createDirectories(target.toAbsolutePath().getParent());
      Path temp = target.resolveSibling("." + target.getFileName() + ".goready-" + java.util.UUID.randomUUID());
      Files.write(temp, edit.after().get());
      copyPermissions(target, temp, now.isPresent());
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return null;
    });
  }

  private static Path resolveLink(Path link) throws IOException {
    Path target = Files.readSymbolicLink(link);
    return target.isAbsolute() ? target : link.toAbsolutePath().getParent().resolve(target).normalize();
  }

  /** Owner-write cleared means the owner said "do not edit", even to a root process that could. */
  private static boolean readOnly(Path file) {
    if (Files.getFileAttributeView(file, PosixFileAttributeView.class) == null) {
      return !Files.isWritable(file);
    }
    try {
      return !Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_WRITE);
    } catch (IOException e) {
      return !Files.isWritable(file);
    }
  }

  private static void copyPermissions(Path from, Path to, boolean exists) throws IOException {
    if (Files.getFileAttributeView(to, PosixFileAttributeView.class) == null) {
      return;
    }
    Set<PosixFilePermission> permissions = exists ? Files.getPosixFilePermissions(from) : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(to, permissions);
  }
}
