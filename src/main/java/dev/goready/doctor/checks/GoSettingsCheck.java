package dev.goready.doctor.checks;

import dev.goready.doctor.Check;
import dev.goready.doctor.Fix;
import dev.goready.doctor.GoEnvironment;
import dev.goready.doctor.Probe;
import dev.goready.doctor.Result;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Go settings that break builds without saying so: a GOPRIVATE or GONOPROXY that matches every module
 * (so the company proxy and the checksum database are bypassed for all of them), GOFLAGS=-mod=vendor in
 * a module with no vendor folder, and a GOOS or GOARCH written to Go's env file that makes every build
 * a cross-build. (GOPROXY=off, GOSUMDB=off and malformed GOFLAGS are net.proxy's.)
 */
public final class GoSettingsCheck implements Check {

  @Override
  public String id() {
    return "go.settings";
  }

  @Override
  public Result run(Probe probe) {
    Optional<GoEnvironment> env = probe.goEnv();
    if (env.isEmpty()) {
      return GoSettings.noGoEnv(probe);
    }
    List<String> details = new ArrayList<>();
    for (String name : List.of("GOPRIVATE", "GONOPROXY", "GONOSUMDB", "GOFLAGS", "GOOS", "GOARCH", "GOHOSTOS", "GOHOSTARCH")) {
      env.get().get(name).filter(v -> !v.isBlank()).ifPresent(v -> details.add(name + "=" + v));
    }
    return everyModulePrivate(probe, details)
        .or(() -> vendorWithoutVendor(probe, env.get(), details))
        .or(() -> crossBuildByDefault(probe, env.get(), details))
        .orElseGet(() -> Result.ok("no setting that quietly breaks builds", details));
  }

  /** GONOPROXY (GOPRIVATE when it is unset) of "*": path.Match's "*" matches every module path's first element. */
  private static Optional<Result> everyModulePrivate(Probe probe, List<String> details) {
    for (String name : List.of("GONOPROXY", "GOPRIVATE", "GONOSUMDB")) {
      Optional<String> value = GoSettings.get(probe, name).filter(v -> !v.isBlank());
      if (value.isPresent() && Arrays.stream(value.get().split(",")).map(String::strip).anyMatch(GoSettingsCheck::matchesEverything)) {
        boolean sumdbOnly = name.equals("GONOSUMDB") || name.equals("GOPRIVATE") && GoSettings.get(probe, "GONOPROXY").filter(v -> !v.isBlank()).isPresent();
        String bypassed = sumdbOnly ? "the checksum database" : "GOPROXY (" + GoSettings.goproxy(probe).split("[,|]")[0] + ") and the checksum database";
        return Optional.of(Result.warn(name + "=" + value.get() + " matches every module: the go command skips " + bypassed + " for all of them",
            details, Fix.of("Name only your private module paths (for example *.corp.example.com,github.com/your-org), so public "
                + "modules still come through the proxy and are verified.", GoSettings.clearWhereSet(probe, name), "go env -w " + name + "=*.corp.example.com")));
      }
    }
    return Optional.empty();
  }

  private static boolean matchesEverything(String pattern) {
    return !pattern.isEmpty() && pattern.chars().allMatch(c -> c == '*' || c == '/') && pattern.charAt(0) == '*';
  }

  private static Optional<Result> vendorWithoutVendor(Probe probe, GoEnvironment env, List<String> details) {
    Optional<String> flags = env.get("GOFLAGS").filter(f -> Arrays.asList(f.strip().split("\\s+")).contains("-mod=vendor"));
    if (flags.isEmpty()) {
      return Optional.empty();
    }
    // An unreadable go.mod is go.mod's finding.
    Optional<Path> gomod = probe.projectFile().file().filter(f -> f.getFileName().toString().equals("go.mod"));
    if (gomod.isEmpty() || probe.host().exists(gomod.get().resolveSibling("vendor").resolve("modules.txt"))) {
      return Optional.empty();
    }
    Path root = gomod.get().getParent();
    return Optional.of(Result.fail("GOFLAGS=" + flags.get() + " but " + root + " has no vendor folder: builds fail with \"inconsistent vendoring\"",
        details, Fix.of("Drop -mod=vendor from GOFLAGS (go uses the vendor folder by itself when there is one), or vendor the module.",
            GoSettings.clearWhereSet(probe, "GOFLAGS"), "go mod vendor")));
  }

  /** GOOS/GOARCH differing from the go command's own host values came from outside: every build is a cross-build that go run and go test cannot run. */
  private static Optional<Result> crossBuildByDefault(Probe probe, GoEnvironment env, List<String> details) {
    for (String name : List.of("GOOS", "GOARCH")) {
      Optional<String> value = env.get(name);
      Optional<String> host = env.get("GOHOST" + name.substring(2));
      if (value.isEmpty() || host.isEmpty() || value.get().equals(host.get()) || probe.env(name).isPresent()) {
        continue; // the same, unknown, or set for this shell on purpose
      }
      return Optional.of(Result.warn("Go's env file sets " + name + "=" + value.get() + ": every build makes " + value.get()
          + " binaries that go run and go test cannot run on this " + host.get() + " machine", details,
          Fix.of("Set " + name + " for the one build that needs it (" + name + "=" + value.get() + " go build) instead of for every build.", "go env -u " + name)));
    }
    return Optional.empty();
  }
}
