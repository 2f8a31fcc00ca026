package dev.goready.self;

import dev.goready.LocalIo;
import dev.goready.config.PathList;
import dev.goready.config.UserHome;
import dev.goready.host.Host;
import dev.goready.host.UserEnvironment;
import dev.goready.install.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parts of goready's own installation that are not profile blocks (env --remove undoes those):
 * the {@code goready} link install.sh put in a folder on PATH, the user PATH entry install.ps1
 * added, and GOREADY_HOME itself. Each step says what it did, in order, for the user to read.
 */
public final class SelfUninstaller {
  private final Host host;
  private final Path goreadyHome;

  public SelfUninstaller(Host host, Path goreadyHome) {
    this.host = host;
    this.goreadyHome = goreadyHome;
  }

  /** Where install.sh links goready: GOREADY_BIN_DIR, else ~/.local/bin; on Windows, GOREADY_HOME\bin. */
  public Path binDir() {
    if (host.os().windowsConventions()) {
      return goreadyHome.resolve("bin");
    }
    return host.env("GOREADY_BIN_DIR").filter(v -> !v.isBlank()).map(host::path).orElseGet(() -> UserHome.require(host).resolve(".local").resolve("bin"));
  }

  /** Removes the goready link if it leads into GOREADY_HOME/self; a file of the user's there stays. */
  public Optional<String> removeLink() {
    Path link = binDir().resolve("goready");
    if (!Files.isSymbolicLink(link)) {
      return Files.exists(link) ? Optional.of("left " + link + ": not goready's link") : Optional.empty();
    }
    Path target = LocalIo.run(link, () -> Files.readSymbolicLink(link));
    Path resolved = link.getParent().resolve(target).normalize();
    if (!resolved.startsWith(goreadyHome.resolve("self"))) {
      return Optional.of("left " + link + ": it leads to " + target + ", not into " + goreadyHome.resolve("self"));
    }
    LocalIo.run(link, () -> Files.deleteIfExists(link));
    return Optional.of("removed " + link);
  }

  /** Takes GOREADY_HOME\bin (install.ps1's entry) out of the user PATH, keeping its type and every other entry. */
  public Optional<String> removeUserPathEntry() {
    Optional<UserEnvironment> user = host.userEnvironment();
    if (!host.os().windowsConventions() || user.isEmpty()) {
      return Optional.empty();
    }
    UserEnvironment environment = user.get();
    Optional<UserEnvironment.Value> path = environment.read("Path");
    if (path.isEmpty()) {
      return Optional.empty();
    }
    String before = path.get().data();
    String after = PathList.remove(before, List.of(binDir().toString()), ";", true);
    if (after.equals(before)) {
      return Optional.empty();
    }
    environment.write("Path", new UserEnvironment.Value(after, path.get().type()));
    environment.broadcastChange();
    return Optional.of("removed " + binDir() + " from HKCU\\Environment\\Path");
  }

  /**
   * Deletes GOREADY_HOME: toolchains, downloads, the audit log and goready's bundles. On Windows the
   * running bundle's files are locked: that folder is left, and named, for the user to delete after.
   */
  public List<String> removeHome(Optional<Path> runningBundle) throws IOException {
    List<String> said = new ArrayList<>();
    if (!Files.exists(goreadyHome)) {
      return said;
    }
    if (host.os().windowsConventions() && runningBundle.isPresent() && runningBundle.get().startsWith(goreadyHome)) {
      try (var entries = Files.list(goreadyHome)) {
        for (Path entry : entries.toList()) {
          if (!runningBundle.get().startsWith(entry)) {
            Trees.deleteRecursively(entry);
          }
        }
      }
      said.add("removed " + goreadyHome + " except the running goready: delete " + goreadyHome + " once this command has ended");
      return said;
    }
    Trees.deleteRecursively(goreadyHome);
    said.add("removed " + goreadyHome);
    return said;
  }
}
