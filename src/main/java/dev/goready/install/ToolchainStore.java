package dev.goready.install;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The layout of GOREADY_HOME: {@code toolchains/<version>/} (each a GOROOT),
 * {@code toolchains/.staging-*} (installs in flight), {@code current} (the active one),
 * {@code downloads/} (verified archives and resumable .part files), {@code audit.jsonl}.
 */
public final class ToolchainStore {
  static final String STAGING_PREFIX = ".staging-";

  private final Path home;

  public ToolchainStore(Path home) {
    this.home = home;
  }

  public Path home() {
    return home;
  }

  public Path toolchains() {
    return home.resolve("toolchains");
  }

  public Path toolchain(String version) {
    return toolchains().resolve(version);
  }

  public Path downloads() {
    return home.resolve("downloads");
  }

  public Path current() {
    return home.resolve("current");
  }

  public Path auditLog() {
    return home.resolve("audit.jsonl");
  }

  Path lockFile() {
    return home.resolve(".lock");
  }

  /** Installed versions: every folder under toolchains/ but the staging ones, newest first. */
  public List<String> installed() throws IOException {
    List<String> versions = new ArrayList<>();
    if (!Files.isDirectory(toolchains())) {
      return versions;
    }
    try (DirectoryStream<Path> children = Files.newDirectoryStream(toolchains())) {
      for (Path child : children) {
        String name = child.getFileName().toString();
        if (!name.startsWith(".") && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
          versions.add(name);
        }
      }
    }
    versions.sort(
        Comparator.comparing(
                (String v) -> dev.goready.release.GoVersion.parse(v).orElse(null),
                Comparator.nullsFirst(Comparator.naturalOrder()))
            .reversed());
    return versions;
  }

  /** The version {@code current} points at, if it points at an installed toolchain. */
  public Optional<String> active() {
    try {
      if (!Files.isSymbolicLink(current()) && !Files.isDirectory(current())) {
        return Optional.empty();
      }
      Path target = current().toRealPath();
      Path toolchains = toolchains().toRealPath();
      return target.getParent() != null && target.getParent().equals(toolchains)
          ? Optional.of(target.getFileName().toString())
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Removes what downloads/ keeps for {@code version}: go.dev's archives ({@code go1.22.5.<os>-<arch>.*},
   * with their .sha256 and partial downloads) and toolchain module zips ({@code v0.0.1-go1.22.5.*}).
   * Returns how many files went.
   */
  public int removeDownloads(String version) throws IOException {
    if (!Files.isDirectory(downloads())) {
      return 0;
    }
    int removed = 0;
    try (var files = Files.newDirectoryStream(downloads())) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        if ((name.startsWith(version + ".") || name.startsWith("v0.0.1-" + version + ".")) && Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          Files.delete(file);
          removed++;
        }
      }
    }
    return removed;
  }
}
