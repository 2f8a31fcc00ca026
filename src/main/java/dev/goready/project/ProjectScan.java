package dev.goready.project;

import dev.goready.GoreadyException;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The projects under the folders a user names for prune and list: every folder holding a
 * .go-version, go.work or go.mod, with the pin its files name. Dependencies, VCS data and hidden
 * folders are not projects of the user's and are skipped; links are not followed, so a loop or a
 * link to / costs nothing.
 */
public final class ProjectScan {
  /** Deep enough for ~/src/github.com/org/repo/module, shallow enough to stay quick on a large home. */
  static final int MAX_DEPTH = 8;
  private static final Set<String> SKIPPED = Set.of("node_modules", "vendor", "testdata", "third_party");
  private static final List<String> PIN_FILES = List.of(".go-version", "go.work", "go.mod");

  /** A project folder and what it pins; {@code problem} when its pin file could not be read as one. */
  public record Project(Path folder, Optional<Pin> pin, Optional<String> problem) {}

  private ProjectScan() {}

  public static List<Project> under(List<Path> roots, PinFinder pins) throws IOException {
    List<Project> projects = new ArrayList<>();
    for (Path root : roots) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      Files.walkFileTree(root, EnumSet.noneOf(java.nio.file.FileVisitOption.class), MAX_DEPTH, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
          if (!dir.equals(root) && (name.startsWith(".") || SKIPPED.contains(name))) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          if (PIN_FILES.stream().anyMatch(file -> Files.isRegularFile(dir.resolve(file)))) {
            try {
              projects.add(new Project(dir, pins.inFiles(dir), Optional.empty()));
            } catch (GoreadyException broken) {
              projects.add(new Project(dir, Optional.empty(), Optional.of(broken.getMessage())));
            }
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException unreadable) {
          return FileVisitResult.CONTINUE; // a folder the user cannot read holds no pin goready could honour
        }
      });
    }
    return projects;
  }
}
