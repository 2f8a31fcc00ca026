package dev.goready.host;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.LocalIo;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Applies {@link FileEdit}s the careful way: through symlinks to the real file (dotfiles are often
 * links into a dotfiles repository), refusing what is not a regular file (a link to /dev/null, a
 * FIFO, a folder, a loop) and read-only files, a backup `<file>.goready.bak` before the first change,
 * a temporary file beside the target flushed to disk and moved over it atomically, owner and
 * permissions kept. A failed write is an error naming the file; nothing is swallowed. Call under
 * the store lock.
 */
public final class FileEditor {
  private static final String BACKUP_SUFFIX = ".goready.bak";

  private FileEditor() {}

  /**
   * Reads a file the way plans expect: empty when nothing is there; links are followed to the real
   * file. Anything but a regular file is refused before it is opened, so a FIFO never blocks a plan.
   */
  public static Optional<byte[]> read(Path path) {
    Path target = UserFileTarget.resolve(path);
    return LocalIo.run(target, () -> Files.exists(target) ? Optional.of(Files.readAllBytes(target)) : Optional.empty());
  }

  /**
   * The git checkout a profile's symlinks lead into (a dotfiles repository, a framework such as
   * prezto), where goready's edit lands and shows in {@code git status}; empty for a plain file.
   */
  public static Optional<Path> checkoutLinkedInto(Path path) {
    Path target = UserFileTarget.resolve(path);
    if (target.equals(path.toAbsolutePath().normalize())) {
      return Optional.empty();
    }
    for (Path dir = target.getParent(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(".git"), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        return Optional.of(dir);
      }
    }
    return Optional.empty();
  }

  /**
   * Everything {@link #apply} refuses, checked without writing: a plan of several files checks all
   * of them first, so a read-only profile stops the plan before Go's env file or env.sh is written.
   */
  public static void check(FileEdit edit) {
    Path target = UserFileTarget.resolve(edit.path());
    requireWritable(edit, target, read(target));
  }

  public static void apply(FileEdit edit) {
    Path target = UserFileTarget.resolve(edit.path());
    Optional<byte[]> now = read(target);
    requireWritable(edit, target, now);
    LocalIo.run(target, () -> {
      if (now.isPresent() && edit.usersFile() && edit.after().isPresent()) {
        keepBackup(target, now.get());
      }
      if (edit.after().isEmpty()) {
        Files.deleteIfExists(target);
        return null;
      }
      Files.createDirectories(target.toAbsolutePath().getParent());
      replace(target, edit.after().get(), now.isPresent() ? Optional.of(target) : Optional.empty());
      return null;
    });
  }

  private static void requireWritable(FileEdit edit, Path target, Optional<byte[]> now) {
    if (now.isPresent() != edit.before().isPresent() || (now.isPresent() && !Arrays.equals(now.get(), edit.before().get()))) {
      throw new GoreadyException(ExitCode.LOCAL, target + " changed while goready was planning its edit; nothing was written", "run goready env again");
    }
    if (now.isPresent() && readOnly(target)) {
      throw new GoreadyException(ExitCode.LOCAL, target + " is read-only; nothing was written",
          "make it writable (chmod u+w " + target + ") or leave that shell out with --shell");
    }
  }

  /**
   * The file as it was before goready first touched it. Written whole or not at all; an empty backup
   * of a non-empty file (torn by a crash in a version that wrote it in place) is written again.
   */
  private static void keepBackup(Path target, byte[] original) throws IOException {
    Path backup = target.resolveSibling(target.getFileName() + BACKUP_SUFFIX);
    boolean torn = Files.isRegularFile(backup) && Files.size(backup) == 0 && original.length > 0;
    if (!Files.exists(backup) || torn) {
      replace(backup, original, Optional.of(target));
    }
  }

  /** Writes {@code content} to a temporary file beside {@code file}, flushes it, and renames it over {@code file}. */
  private static void replace(Path file, byte[] content, Optional<Path> likeFile) throws IOException {
    Path temp = file.resolveSibling("." + file.getFileName() + ".goready-" + UUID.randomUUID());
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        channel.write(java.nio.ByteBuffer.wrap(content));
        channel.force(true); // the rename must never expose a file whose bytes are still in the page cache
      }
      copyAttributes(likeFile, temp);
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
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

  /**
   * The original's mode, owner and group on the replacement (a new file gets rw-r--r--). A
   * root-owned profile edited by root stays root's; one goready cannot give back to its owner is
   * refused rather than silently taken over.
   */
  private static void copyAttributes(Optional<Path> original, Path replacement) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(replacement, PosixFileAttributeView.class);
    if (view == null) {
      return;
    }
    if (original.isEmpty()) {
      view.setPermissions(PosixFilePermissions.fromString("rw-r--r--"));
      return;
    }
    PosixFileAttributes was = Files.readAttributes(original.get(), PosixFileAttributes.class);
    view.setPermissions(Set.copyOf(was.permissions()));
    UserPrincipal owner = view.readAttributes().owner();
    if (!owner.equals(was.owner())) {
      try {
        view.setOwner(was.owner());
        view.setGroup(was.group());
      } catch (IOException e) {
        throw new GoreadyException(ExitCode.LOCAL, original.get() + " belongs to " + was.owner().getName() + " and goready cannot keep it that way; nothing was written",
            "run goready env as " + was.owner().getName() + ", or leave that shell out with --shell");
      }
    }
  }
}
