package dev.goready.host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The processes running a binary from a folder, from Linux's /proc: a process whose executable is
 * there, or that has a file from there mapped (a shared library, a plugin). A process goready may
 * not look at is passed over; elsewhere than Linux nobody can tell, and the answer says so.
 */
final class TreeUsers {
  /** A process using the tree: its id and the file of the tree it has open. */
  record Use(long pid, String file) {}

  private TreeUsers() {}

  /** Empty when /proc cannot be read (not Linux): "cannot tell", not "nobody". */
  static Optional<List<Use>> of(Path procRoot, Path tree) {
    if (!Files.isDirectory(procRoot.resolve("self"))) {
      return Optional.empty();
    }
    Path real = realOrSelf(tree);
    List<Use> uses = new ArrayList<>();
    try (Stream<Path> processes = Files.list(procRoot)) {
      processes.filter(p -> p.getFileName().toString().matches("\\d{1,10}")).forEach(process -> use(process, real).ifPresent(uses::add));
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.of(List.copyOf(uses));
  }

  private static Optional<Use> use(Path process, Path tree) {
    long pid = Long.parseLong(process.getFileName().toString());
    try {
      Path exe = Files.readSymbolicLink(process.resolve("exe"));
      if (exe.startsWith(tree)) {
        return Optional.of(new Use(pid, exe.toString()));
      }
    } catch (IOException | UnsupportedOperationException e) {
      // another user's process, or it just exited
    }
    try (Stream<String> maps = Files.lines(process.resolve("maps"))) {
      return maps.map(TreeUsers::mappedFile).flatMap(Optional::stream).filter(file -> Path.of(file).startsWith(tree)).findFirst()
          .map(file -> new Use(pid, file));
    } catch (IOException | java.io.UncheckedIOException | java.nio.file.InvalidPathException e) {
      return Optional.empty();
    }
  }

  /** The path column of a /proc/PID/maps line ("7f… r-xp 00000000 08:01 1234  /usr/lib/x.so"), if it names a file. */
  static Optional<String> mappedFile(String line) {
    String[] fields = line.trim().split("\\s+", 6);
    return fields.length == 6 && fields[5].startsWith("/") ? Optional.of(fields[5].replace(" (deleted)", "")) : Optional.empty();
  }

  private static Path realOrSelf(Path tree) {
    try {
      return tree.toRealPath();
    } catch (IOException e) {
      return tree.toAbsolutePath().normalize();
    }
  }
}
