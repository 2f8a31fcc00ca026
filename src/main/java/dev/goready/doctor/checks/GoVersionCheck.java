package dev.goready.doctor.checks;

import dev.goready.doctor.Check;
import dev.goready.doctor.Fix;
import dev.goready.doctor.Probe;
import dev.goready.doctor.Result;
import dev.goready.release.GoVersion;
import dev.goready.release.Release;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The active Go against the newest release of its line (security fixes), against Go's support window
 * (the cached index or Go's calendar, so no network). What the project asks for is go.mod's check.
 */
public final class GoVersionCheck implements Check {

  @Override
  public String id() {
    return "go.version";
  }

  @Override
  public Result run(Probe probe) {
    Optional<String> reported = probe.goEnv().flatMap(env -> env.get("GOVERSION"));
    if (reported.isEmpty()) {
      return Result.skip(probe.goOnPath().isEmpty() ? "no go on PATH (see path.go)" : "the go on PATH did not report its version (see go.env)");
    }
    Optional<GoVersion> active = GoVersion.parseReported(reported.get());
    if (active.isEmpty()) {
      return Result.ok(reported.get() + " (a development build)");
    }
    List<String> details = new ArrayList<>(List.of("active " + reported.get()));
    SupportedGo.NewestLine newest = SupportedGo.newestLine(probe);
    details.add(newest.basis());
    if (active.get().compareTo(newest.oldestSupported()) < 0) {
      return Result.warn(reported.get() + " is out of support: it gets no security fixes (Go supports " + newest.oldestSupportedName() + " and newer)", details,
          Fix.of("Move to a supported release.", "goready install"));
    }
    Optional<Release> newestInLine = SupportedGo.newestInLine(probe, active.get());
    if (newestInLine.isPresent() && newestInLine.get().parsed().compareTo(active.get()) > 0) {
      return Result.warn(reported.get() + " is behind " + newestInLine.get().version() + " of the same line", details,
          Fix.of("Patch releases carry security fixes and nothing else; take them.", "goready install " + active.get().major() + "." + active.get().minor()));
    }
    if (probe.cachedIndex().isEmpty()) {
      details.add("the newest patch of each line is unknown offline until goready has fetched the release index once");
    }
    return Result.ok(reported.get(), details);
  }
}
