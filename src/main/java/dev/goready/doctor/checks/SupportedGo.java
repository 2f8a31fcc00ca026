package dev.goready.doctor.checks;

import dev.goready.doctor.Probe;
import dev.goready.release.GoVersion;
import dev.goready.release.Release;
import java.util.Optional;

/**
 * What the cached release index (GOREADY_HOME/downloads/index.json, saved by install and list
 * --remote) says about current Go: doctor never needs the network for this.
 */
final class SupportedGo {
  private SupportedGo() {}

  static Optional<Release> newestStable(Probe probe) {
    return probe.cachedIndex().flatMap(index -> index.releases().stream().filter(Release::stable).findFirst());
  }

  /** Go supports its two newest release lines: the line before the newest is the oldest supported. */
  static Optional<GoVersion> oldestSupportedLine(Probe probe) {
    return newestStable(probe).map(Release::parsed).map(v -> new GoVersion(v.major(), v.minor() - 1, 0, GoVersion.PreRelease.RELEASE, 0));
  }

  /** The newest stable release of a line (go1.22 → go1.22.5). */
  static Optional<Release> newestInLine(Probe probe, GoVersion version) {
    return probe.cachedIndex().flatMap(index -> index.releases().stream()
        .filter(r -> r.stable() && r.parsed().inLine(version.major(), version.minor())).findFirst());
  }
}
