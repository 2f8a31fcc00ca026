package dev.goready.doctor.checks;

import dev.goready.doctor.Probe;
import dev.goready.host.Host;
import dev.goready.host.HostKind;
import dev.goready.release.GoVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where Go is usually installed when it is not on PATH: the official tarball's /usr/local/go,
 * Debian's /usr/lib/go-1.x, snap, Homebrew, go.dev's Windows installer, Scoop, goready's own default
 * home. The first go found there is the one doctor proposes to put on PATH, rather than a fresh install.
 */
final class InstalledGo {
  private InstalledGo() {}

  static Optional<Path> find(Probe probe) {
    Host host = probe.host();
    boolean windows = probe.kind() == HostKind.WINDOWS;
    String go = windows ? "go.exe" : "go";
    return candidates(host, windows).stream().map(dir -> dir.resolve(go)).filter(host::exists).findFirst();
  }

  private static List<Path> candidates(Host host, boolean windows) {
    List<Path> dirs = new ArrayList<>();
    if (windows) {
      host.env("ProgramFiles").ifPresent(p -> dirs.add(host.path(p).resolve("Go").resolve("bin")));
      dirs.add(host.path("C:\\Program Files\\Go\\bin"));
      dirs.add(host.home().resolve("scoop").resolve("shims"));
      host.env("LOCALAPPDATA").ifPresent(p -> dirs.add(host.path(p).resolve("goready").resolve("current").resolve("bin")));
      return dirs;
    }
    dirs.add(host.path("/usr/local/go/bin"));
    newestFirst(host, host.path("/usr/lib"), "go-").forEach(name -> dirs.add(host.path("/usr/lib").resolve(name).resolve("bin")));
    dirs.add(host.path("/snap/bin"));
    dirs.add(host.path("/opt/homebrew/bin"));
    newestFirst(host, host.path("/usr/local/Cellar/go"), "").forEach(name -> dirs.add(host.path("/usr/local/Cellar/go").resolve(name).resolve("libexec/bin")));
    dirs.add(host.home().resolve(".local/share/goready/current/bin"));
    return dirs;
  }

  /** Folder names with this prefix, the highest Go version first ("go-1.23" before "go-1.19"); names that are no version last. */
  private static List<String> newestFirst(Host host, Path dir, String prefix) {
    java.util.Comparator<String> byVersion = java.util.Comparator.comparing(
        (String n) -> GoVersion.parse(n.substring(prefix.length())), java.util.Comparator.comparing((java.util.Optional<GoVersion> v) -> v.orElse(null),
            java.util.Comparator.nullsFirst(java.util.Comparator.<GoVersion>naturalOrder())));
    return host.list(dir).stream().filter(n -> n.startsWith(prefix)).sorted(byVersion.reversed()).toList();
  }
}
