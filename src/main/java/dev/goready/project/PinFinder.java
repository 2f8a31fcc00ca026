package dev.goready.project;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.host.Host;
import dev.goready.release.GoMod;
import dev.goready.release.GoVersionFile;
import dev.goready.release.Selector;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the Go a folder pins, in this order: GOREADY_GO_VERSION; the nearest {@code .go-version} in
 * the folder or a parent; the workspace's {@code go.work} (as Go itself finds it: GOWORK, else the
 * nearest one up the tree; GOWORK=off skips it), then the nearest {@code go.mod}, each by its toolchain
 * line and then its go line. The shell hooks ({@link ShellHook}) walk the same way; a test holds them
 * to it.
 */
public final class PinFinder {
  public static final String VARIABLE = "GOREADY_GO_VERSION";

  private final Host host;

  public PinFinder(Host host) {
    this.host = host;
  }

  /** The folder's pin; empty when nothing pins one (the user's default applies). A broken pin file is a usage error naming it. */
  public Optional<Pin> find(Path folder) {
    Optional<String> variable = host.env(VARIABLE).map(String::strip).filter(v -> !v.isEmpty());
    if (variable.isPresent()) {
      return Optional.of(new Pin(GoVersionFile.selector(variable.get(), VARIABLE), VARIABLE, Optional.empty()));
    }
    return inFiles(folder);
  }

  /** The pin the folder's files name, whatever this shell's GOREADY_GO_VERSION says (prune and list look at many folders). */
  public Optional<Pin> inFiles(Path folder) {
    Optional<Path> versionFile = nearest(folder, GoVersionFile.NAME);
    if (versionFile.isPresent()) {
      Path file = versionFile.get();
      return Optional.of(new Pin(GoVersionFile.selector(read(file), file.toString()), file.toString(), versionFile));
    }
    return module(folder);
  }

  /** What the workspace or module itself asks for (go.work, else go.mod), whatever GOREADY_GO_VERSION or .go-version say. */
  public Optional<Pin> module(Path folder) {
    Optional<Path> module = workspace(folder).or(() -> nearest(folder, "go.mod"));
    return module.map(file -> {
      String content = read(file);
      boolean toolchain = GoMod.directive(content, "toolchain").isPresent();
      Selector selector = GoMod.selector(content, file.toString());
      return new Pin(selector, file + (toolchain ? ", toolchain line" : ", go line"), Optional.of(file));
    });
  }

  private Optional<Path> workspace(Path folder) {
    Optional<String> gowork = host.env("GOWORK").map(String::strip).filter(v -> !v.isEmpty());
    if (gowork.isPresent()) {
      return gowork.get().equals("off") ? Optional.empty() : Optional.of(host.path(gowork.get())).filter(host::exists);
    }
    return nearest(folder, "go.work");
  }

  private Optional<Path> nearest(Path folder, String name) {
    for (Path dir = folder.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(name);
      if (host.exists(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private String read(Path file) {
    return host.readFile(file).orElseThrow(() -> new GoreadyException(ExitCode.LOCAL,
        "cannot read " + file, "check its permissions (ls -l " + file + "), or set " + VARIABLE + " to pick a version"));
  }
}
