package dev.goready.doctor.checks;

import dev.goready.doctor.Probe;
import dev.goready.release.GoVersion;
import dev.goready.release.Release;
import dev.goready.release.ReleaseCadence;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Which Go lines are supported, without the network: the cached release index
 * (GOREADY_HOME/downloads/index.json, saved by install and list --remote) and Go's six-monthly
 * calendar against the machine's clock, whichever is newer — so a cache months old cannot keep
 * Go 1.19 "supported" in 2026, and a machine that never fetched the index is still judged.
 */
final class SupportedGo {
  private SupportedGo() {}

  /** The newest line, and how doctor knows it. */
  record NewestLine(GoVersion line, String basis) {
    /** Go supports its two newest release lines: the line before the newest is the oldest supported. */
    GoVersion oldestSupported() {
      return new GoVersion(line.major(), line.minor() - 1, 0, GoVersion.PreRelease.RELEASE, 0);
    }

    String oldestSupportedName() {
      return oldestSupported().major() + "." + oldestSupported().minor();
    }
  }

  static NewestLine newestLine(Probe probe) {
    GoVersion byCalendar = ReleaseCadence.newestLineBy(probe.host().now().atZone(ZoneOffset.UTC).toLocalDate());
    Optional<GoVersion> byIndex = newestStable(probe).map(Release::parsed);
    if (byIndex.isPresent() && byIndex.get().minor() >= byCalendar.minor()) {
      return new NewestLine(byIndex.get(), "newest stable release in the cached index: " + byIndex.get());
    }
    return new NewestLine(byCalendar, "go1." + byCalendar.minor() + " is out by Go's six-monthly calendar (due "
        + ReleaseCadence.releaseMonth(byCalendar.minor()) + ")" + byIndex.map(v -> "; the cached index is older (newest " + v + ")").orElse(""));
  }

  private static Optional<Release> newestStable(Probe probe) {
    return probe.cachedIndex().flatMap(index -> index.releases().stream().filter(Release::stable).findFirst());
  }

  /** The newest stable release of a line (go1.22 → go1.22.5). */
  static Optional<Release> newestInLine(Probe probe, GoVersion version) {
    return probe.cachedIndex().flatMap(index -> index.releases().stream()
        .filter(r -> r.stable() && r.parsed().inLine(version.major(), version.minor())).findFirst());
  }
}
