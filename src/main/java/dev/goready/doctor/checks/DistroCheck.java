package dev.goready.doctor.checks;

import dev.goready.doctor.Check;
import dev.goready.doctor.Fix;
import dev.goready.doctor.Machines;
import dev.goready.doctor.Probe;
import dev.goready.doctor.Result;
import dev.goready.host.HostKind;
import dev.goready.release.GoVersion;
import dev.goready.wsl.OsRelease;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The distribution, and the Go its package manager ships: usually far behind what Go supports (the
 * two newest lines), so `apt install golang` is rarely what a Go developer wants.
 */
public final class DistroCheck implements Check {
  /** The golang package's version in each release (backports noted where Debian or Ubuntu ship newer). */
  static final Map<String, String> PACKAGED_GO = Map.ofEntries(
      Map.entry("ubuntu 20.04", "1.13"),
      Map.entry("ubuntu 22.04", "1.18"),
      Map.entry("ubuntu 24.04", "1.22"),
      Map.entry("debian 11", "1.15"),
      Map.entry("debian 12", "1.19"),
      Map.entry("debian 13", "1.24"));
  /** The newest Go a release's own archive adds beside its golang package, and the suite it is in (empty: the release's own). */
  record Backport(String newest, String suite) {
    String install() {
      return "sudo apt install " + (suite.isEmpty() ? "" : "-t " + suite + " ") + "golang-" + newest + "-go";
    }
  }

  static final Map<String, Backport> BACKPORTS = Map.of(
      "debian 11", new Backport("1.19", "bullseye-backports"),
      "debian 12", new Backport("1.23", "bookworm-backports"),
      "ubuntu 22.04", new Backport("1.22", ""));

  @Override
  public String id() {
    return "distro";
  }

  @Override
  public Set<HostKind> machines() {
    return Machines.LINUX;
  }

  @Override
  public Result run(Probe probe) {
    Optional<String> text = probe.file("/etc/os-release").or(() -> probe.file("/usr/lib/os-release"));
    if (text.isEmpty()) {
      return Result.skip("no /etc/os-release");
    }
    OsRelease release = OsRelease.parse(text.get());
    String name = release.prettyName().orElse("Linux");
    String key = release.get("ID").orElse("") + " " + release.get("VERSION_ID").orElse("");
    Optional<String> packaged = Optional.ofNullable(PACKAGED_GO.get(key));
    if (packaged.isEmpty()) {
      return Result.ok(name, List.of("the Go its packages ship is not known to goready"));
    }
    List<String> details = new ArrayList<>(List.of("its golang package is Go " + packaged.get()));
    Optional<Backport> backport = Optional.ofNullable(BACKPORTS.get(key));
    backport.ifPresent(b -> details.add("its newest packaged Go beside that is " + b.newest() + ": " + b.install()));
    SupportedGo.NewestLine newest = SupportedGo.newestLine(probe);
    details.add(newest.basis());
    GoVersion distroGo = GoVersion.parse(packaged.get()).orElseThrow();
    if (distroGo.compareTo(newest.oldestSupported()) >= 0) {
      return Result.ok(name + " (its packaged Go " + packaged.get() + " is still supported)", details);
    }
    details.add("Go supports " + newest.oldestSupportedName() + " and newer");
    // Only worth a warning when that Go is the one in use, or when there is none and apt is the obvious next step.
    boolean distroGoInUse = probe.goOnPath().stream().findFirst()
        .map(go -> probe.host().realPath(go).toString()).map(real -> real.startsWith("/usr/lib/go") || real.startsWith("/usr/bin/")).orElse(true);
    if (!distroGoInUse) {
      return Result.ok(name + " (its packaged Go " + packaged.get() + " is out of support, but not the one in use)", details);
    }
    Optional<Backport> supportedBackport = backport.filter(b -> GoVersion.parse(b.newest()).orElseThrow().compareTo(newest.oldestSupported()) >= 0);
    if (supportedBackport.isPresent()) {
      return Result.warn(name + " ships Go " + packaged.get() + ", which is out of support", details,
          Fix.of("Install a supported Go from go.dev (no root needed), or the newer package " + supportedBackport.get().newest() + ".",
              "goready install", supportedBackport.get().install()));
    }
    String backportsToo = backport.map(b -> " (its newer package, Go " + b.newest() + ", is out of support too)").orElse("");
    return Result.warn(name + " ships Go " + packaged.get() + ", which is out of support", details,
        Fix.of("Install a supported Go from go.dev instead of the distro package" + backportsToo + "; no root needed.", "goready install"));
  }
}
