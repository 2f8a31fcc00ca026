package dev.goready.doctor.checks;

import dev.goready.doctor.Probe;
import dev.goready.release.GoVersion;
import dev.goready.release.Release;
import dev.goready.release.ReleaseIndex;
import java.util.Optional;

/**
 * What the cached release index (GOREADY_HOME/downloads/index.json, saved by install and list
 * --remote) says about current Go: doctor never needs the network for this.
 */
final class SupportedGo {
  private SupportedGo() {}

  static Optional<ReleaseIndex> cachedIndex(Probe probe) {
    return probe.host().readFile(probe.options().goreadyHome().resolve("downloads").resolve("index.json"))
        .flatMap(json -> {
          try {
            return Optional.of(ReleaseIndex.parse(json, "cached index"));
          } catch (RuntimeException e) {
            return Optional.empty();
          }
        });
  }

  static Optional<Release> newestStable(Probe probe) {
    return cachedIndex(probe).flatMap(index -> index.releases().stream().filter(Release::stable).findFirst());
  }

  /** Go supports its two newest release lines: the line before the newest is the oldest supported. */
  static Optional<GoVersion> oldestSupportedLine(Probe probe) {
    return newestStable(probe).map(Release::parsed).map(v -> new GoVersion(v.major(), v.minor() - 1, 0, GoVersion.PreRelease.RELEASE, 0));
  }

  /** The newest stable release of a line (go1.22 → go1.22.5). */
  static Optional<Release> newestInLine(Probe probe, GoVersion version) {
    return cachedIndex(probe).flatMap(index -> index.releases().stream()
        .filter(r -> r.stable() && r.parsed().inLine(version.major(), version.minor())).findFirst());
  }

}
