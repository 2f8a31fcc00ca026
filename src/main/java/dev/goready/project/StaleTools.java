package dev.goready.project;

import dev.goready.host.Host;
import dev.goready.release.GoBuildInfo;
import dev.goready.release.GoVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tools in GOBIN that break when the Go in use is newer than the Go that built them: gopls cannot load
 * packages that need a newer Go, Delve refuses binaries of a newer Go, the analysers reject newer
 * syntax. Their build information (as go version -m reads it) says which Go built them and how to
 * rebuild them. GOBIN is per user, not per toolchain, so a switch keeps the tools and this finds the
 * ones that need a rebuild.
 */
public final class StaleTools {
  /** The tools known to be tied to the Go that built them. */
  static final List<String> SENSITIVE = List.of("gopls", "dlv", "staticcheck", "golangci-lint", "govulncheck", "gotests", "revive");

  /** A tool built by an older Go line than {@code active}; {@code rebuild} is the command that fixes it. */
  public record Stale(Path file, String builtWith, String rebuild) {}

  private StaleTools() {}

  public static List<Stale> in(Host host, Path gobin, GoVersion active) {
    List<Stale> stale = new ArrayList<>();
    for (String tool : SENSITIVE) {
      for (String name : List.of(tool, tool + ".exe")) {
        Path file = gobin.resolve(name);
        if (!host.exists(file)) {
          continue;
        }
        Optional<GoBuildInfo> info = buildInfo(host, file);
        Optional<GoVersion> built = info.flatMap(i -> GoVersion.parseReported(i.goVersion()));
        if (built.isPresent() && olderLine(built.get(), active)) {
          String path = info.get().path().isEmpty() ? tool : info.get().path();
          stale.add(new Stale(file, info.get().goVersion(), "go install " + path + "@latest"));
        }
      }
    }
    return stale;
  }

  private static boolean olderLine(GoVersion built, GoVersion active) {
    return built.major() < active.major() || built.major() == active.major() && built.minor() < active.minor();
  }

  private static Optional<GoBuildInfo> buildInfo(Host host, Path file) {
    Optional<InputStream> in = host.openFile(file);
    if (in.isEmpty()) {
      return Optional.empty();
    }
    try (InputStream stream = in.get()) {
      return GoBuildInfo.read(stream);
    } catch (IOException unreadable) {
      return Optional.empty();
    }
  }
}
