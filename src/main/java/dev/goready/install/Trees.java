package dev.goready.install;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** Whole-tree operations that never follow a link out of the tree. */
public final class Trees {
  private Trees() {}

  public static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            if (e != null) {
              throw e;
            }
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  /** Adds exec bits (r-x for whoever may read) to every regular file below {@code root}; a no-op without POSIX modes. */
  static void makeExecutable(Path root) throws IOException {
    if (!Files.isDirectory(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)
        || Files.getFileAttributeView(root, java.nio.file.attribute.PosixFileAttributeView.class) == null) {
      return;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            if (attrs.isRegularFile()) {
              var modes = java.util.EnumSet.copyOf(Files.getPosixFilePermissions(file, java.nio.file.LinkOption.NOFOLLOW_LINKS));
              modes.add(java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE);
              modes.add(java.nio.file.attribute.PosixFilePermission.GROUP_EXECUTE);
              modes.add(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE);
              Files.setPosixFilePermissions(file, modes);
            }
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
