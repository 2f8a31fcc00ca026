package dev.goready.doctor.checks;

import dev.goready.doctor.Probe;
import dev.goready.host.HostKind;
import java.util.Optional;

/** Where Go puts its folders: `go env` when a go runs, else the environment, else Go's own defaults per OS. */
final class GoFolders {
  private GoFolders() {}

  /** $HOME (%USERPROFILE% on Windows), as the go command reads it. */
  static String home(Probe probe) {
    return probe.host().homeVariable();
  }

  private static String join(Probe probe, String base, String... parts) {
    String separator = probe.kind() == HostKind.WINDOWS ? "\\" : "/";
    StringBuilder path = new StringBuilder(base);
    for (String part : parts) {
      path.append(separator).append(part);
    }
    return path.toString();
  }

  static Optional<String> gopath(Probe probe) {
    String list = GoSettings.get(probe, "GOPATH").orElse(join(probe, home(probe), "go"));
    return Optional.of(list.split(java.util.regex.Pattern.quote(probe.host().listSeparator()))[0]);
  }

  static Optional<String> gomodcache(Probe probe) {
    return GoSettings.get(probe, "GOMODCACHE").or(() -> gopath(probe).map(p -> join(probe, p, "pkg", "mod")));
  }

  static Optional<String> gocache(Probe probe) {
    Optional<String> configured = GoSettings.get(probe, "GOCACHE");
    if (configured.isPresent()) {
      return configured.filter(c -> !c.equals("off"));
    }
    return Optional.of(switch (probe.kind()) {
      case WINDOWS -> join(probe, probe.env("LocalAppData").orElse(join(probe, home(probe), "AppData", "Local")), "go-build");
      case MACOS -> join(probe, home(probe), "Library", "Caches", "go-build");
      default -> join(probe, probe.env("XDG_CACHE_HOME").orElse(join(probe, home(probe), ".cache")), "go-build");
    });
  }
}
