package dev.goready;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Failures of the machine itself (disk full, permissions) become exit 5 with the path and a fix. */
public final class LocalIo {
  private LocalIo() {}

  public interface Step<T> {
    T run() throws IOException;
  }

  public static <T> T run(Path path, Step<T> step) {
    try {
      return step.run();
    } catch (IOException e) {
      throw failure(path, e);
    }
  }

  /**
   * Replaces {@code file} with {@code content} in one rename, so a reader (or a crash) sees the old
   * bytes or the new ones, never half of either. The temporary file lies beside it, on the same disk.
   */
  public static void writeAtomically(Path file, byte[] content) throws IOException {
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.write(temp, content);
    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * Names what the kernel refused, which may be a folder above {@code path} that goready tried to
   * create (~/go for ~/go/bin), and the folder whose owner decides; never GOREADY_HOME, which may
   * have nothing to do with it.
   */
  private static GoreadyException permissionDenied(Path path, java.nio.file.AccessDeniedException denied) {
    Path refused = denied.getFile() != null ? Path.of(denied.getFile()) : path;
    if (refused == null) {
      return new GoreadyException(ExitCode.LOCAL, "permission denied: " + denied.getMessage(), "check the file's permissions");
    }
    String message = "permission denied: " + refused + (path != null && !refused.equals(path) ? " (for " + path + ")" : "");
    boolean file = Files.isRegularFile(refused);
    Path look = file ? refused : refused.toAbsolutePath().getParent();
    return new GoreadyException(ExitCode.LOCAL, message, look == null ? "check the file's permissions"
        : "check who owns " + look + " and whether you may write " + (file ? "it" : "there") + " (ls -ld " + look + ")");
  }

  /** The message says which failure it was: a hint about disk space is wrong for a permission problem. */
  public static GoreadyException failure(Path path, IOException e) {
    String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (path != null && !what.contains(path.toString())) {
      what = path + ": " + what;
    }
    Path folder = path == null ? null : path.toAbsolutePath().getParent();
    if (e instanceof java.nio.file.AccessDeniedException denied) {
      return permissionDenied(path, denied);
    }
    // ENOSPC ("No space left on device"), Windows' "not enough space on the disk", EDQUOT ("Disk quota exceeded").
    String lower = what.toLowerCase(java.util.Locale.ROOT);
    if (lower.contains("space") || lower.contains("quota")) {
      return new GoreadyException(ExitCode.LOCAL, "cannot write " + what,
          "free some disk space, or set GOREADY_HOME to a writable folder with room for a toolchain (about 500 MB)");
    }
    return new GoreadyException(ExitCode.LOCAL, "cannot write " + what,
        folder == null ? "check that the folder exists and is writable" : "check that " + folder + " exists and is writable");
  }
}
