package dev.goready.doctor.checks;

import dev.goready.doctor.Check;
import dev.goready.doctor.Fix;
import dev.goready.doctor.Probe;
import dev.goready.doctor.Result;
import dev.goready.project.Pin;
import dev.goready.project.PinFinder;
import dev.goready.release.GoMod;
import dev.goready.release.GoVersion;
import dev.goready.release.Release;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The active Go against the newest release of its line (security fixes), against Go's support window
 * (from the cached index, so no network), and against what the project's go.mod asks for.
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
    Optional<GoVersion> active = GoVersion.parse(reported.get().replaceFirst("^(go[0-9.a-z]+).*$", "$1"));
    if (active.isEmpty()) {
      return Result.ok(reported.get() + " (a development build)");
    }
    List<String> details = new ArrayList<>(List.of("active " + reported.get()));
    Optional<Result> project = projectProblem(probe, active.get(), details);
    if (project.isPresent()) {
      return project.get();
    }
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

  /** go.mod's go line is a minimum; its toolchain line a request. GOTOOLCHAIN decides what happens when they are not met. */
  private static Optional<Result> projectProblem(Probe probe, GoVersion active, List<String> details) {
    // The go.work or go.mod the go command itself reads from here (a parent's, too), as goready current finds it.
    Optional<java.nio.file.Path> file;
    try {
      file = new PinFinder(probe.host()).module(probe.host().cwd()).flatMap(Pin::file);
    } catch (dev.goready.GoreadyException unreadable) {
      return Optional.empty(); // go.env reports what go itself makes of a broken go.mod
    }
    Optional<String> gomod = file.flatMap(probe.host()::readFile);
    if (gomod.isEmpty()) {
      return Optional.empty();
    }
    Optional<GoVersion> needed = directive(gomod.get(), "go");
    Optional<GoVersion> toolchain = directive(gomod.get(), "toolchain");
    String gotoolchain = GoSettings.get(probe, "GOTOOLCHAIN").orElse("auto");
    needed.ifPresent(v -> details.add(file.get() + ": go " + v));
    toolchain.ifPresent(v -> details.add(file.get() + ": toolchain " + v));
    details.add("GOTOOLCHAIN=" + gotoolchain);
    Optional<GoVersion> wanted = toolchain.filter(t -> needed.isEmpty() || t.compareTo(needed.get()) >= 0).or(() -> needed);
    if (wanted.isEmpty() || active.compareTo(needed.orElse(active)) >= 0 && active.compareTo(wanted.get()) >= 0) {
      return Optional.empty();
    }
    boolean local = gotoolchain.startsWith("local");
    boolean mustHave = needed.isPresent() && active.compareTo(needed.get()) < 0;
    String summary = file.get().getFileName() + " asks for " + wanted.get() + " but " + active + " is active";
    Fix fix = Fix.of("Install what the module asks for, so nothing is downloaded behind your back.", "goready install go.mod");
    if (mustHave && local) {
      return Optional.of(Result.fail(summary + "; with GOTOOLCHAIN=" + gotoolchain + " the go command refuses to build it", details, fix));
    }
    return Optional.of(Result.warn(summary + (local ? "" : "; the go command will download " + wanted.get() + " itself"), details, fix));
  }

  private static Optional<GoVersion> directive(String gomod, String name) {
    return GoMod.directive(gomod, name).flatMap(v -> GoVersion.parse(v.replaceFirst("[-+].*$", "")));
  }
}
