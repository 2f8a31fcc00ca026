package dev.goready.self;

import dev.goready.LocalIo;
import dev.goready.install.CurrentLink;
import dev.goready.install.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where goready keeps its own bundles, the layout install.sh and install.ps1 make too:
 * <pre>
 * GOREADY_HOME/self/0.2.0/          one unpacked bundle per version (bin/, runtime/, lib/)
 * GOREADY_HOME/self/current -> 0.2.0  the one the goready link runs (a junction on Windows)
 * GOREADY_HOME/self/previous        the version current pointed at before, for rollback
 * GOREADY_HOME/self/.staging-*      an update in flight; removed by the next run
 * </pre>
 * Versions sit side by side because a running goready (on Windows, its runtime's files are locked)
 * is never overwritten: an update only adds a folder and switches current.
 */
public final class SelfHome {
  static final String STAGING_PREFIX = ".staging-";

  private final Path root;
  private final CurrentLink link;

  public SelfHome(Path goreadyHome, CurrentLink link) {
    this.root = goreadyHome.resolve("self");
    this.link = link;
  }

  public Path root() {
    return root;
  }

  public Path version(String version) {
    return root.resolve(version);
  }

  public Path current() {
    return root.resolve("current");
  }

  Path previousFile() {
    return root.resolve("previous");
  }

  /** The version current points at, if it points at a bundle folder here. */
  public Optional<String> active() {
    try {
      Path target = current().toRealPath();
      return target.getParent() != null && target.getParent().equals(root.toRealPath()) ? Optional.of(target.getFileName().toString()) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The version to roll back to, if it is still here. */
  public Optional<String> previous() {
    try {
      String named = Files.readString(previousFile(), StandardCharsets.UTF_8).strip();
      return BundleName.isVersion(named) && Files.isDirectory(version(named)) ? Optional.of(named) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Whether {@code bundle} (the running goready's folder) is one of the versions kept here. */
  public boolean holds(Path bundle) {
    try {
      return Files.isDirectory(root) && bundle.toRealPath().getParent().equals(root.toRealPath());
    } catch (IOException | NullPointerException e) {
      return false;
    }
  }

  Path newStaging() {
    LocalIo.run(root, () -> Files.createDirectories(root));
    return LocalIo.run(root, () -> Files.createTempDirectory(root, STAGING_PREFIX));
  }

  /** Switches current to {@code version} atomically and remembers the one it replaces. */
  void switchTo(String version) {
    Optional<String> before = active();
    LocalIo.run(current(), () -> {
      link.pointAt(current(), version(version));
      return null;
    });
    if (before.isPresent() && !before.get().equals(version)) {
      Path temp = root.resolve(".previous.tmp");
      LocalIo.run(previousFile(), () -> Files.move(Files.writeString(temp, before.get() + "\n"), previousFile(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING));
    }
  }

  /** What a kill -9 left: staging folders go, a half-made switch is finished or undone. */
  void recover() {
    if (!Files.isDirectory(root)) {
      return;
    }
    LocalIo.run(root, () -> {
      try (DirectoryStream<Path> staging = Files.newDirectoryStream(root, STAGING_PREFIX + "*")) {
        for (Path leftover : staging) {
          Trees.deleteRecursively(leftover);
        }
      }
      Files.deleteIfExists(root.resolve(".previous.tmp"));
      link.recover(current());
      return null;
    });
  }

  /**
   * Removes versions other than {@code keep}. Best effort: on Windows a version still running (this
   * very process, when it was started from it) cannot be deleted yet and is left for the next run.
   * Returns the versions removed.
   */
  List<String> prune(Set<String> keep) {
    List<String> removed = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(root, p -> Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))) {
      for (Path dir : entries) {
        String name = dir.getFileName().toString();
        if (!keep.contains(name) && BundleName.isVersion(name)) {
          try {
            Trees.deleteRecursively(dir);
            removed.add(name);
          } catch (IOException inUse) {
            // left for the next update or rollback
          }
        }
      }
    } catch (IOException e) {
      // nothing removed: the next run tries again
    }
    return removed;
  }
}
