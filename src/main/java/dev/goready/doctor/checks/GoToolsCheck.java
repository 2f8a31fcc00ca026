package dev.goready.doctor.checks;

import dev.goready.doctor.Check;
import dev.goready.doctor.Fix;
import dev.goready.doctor.Probe;
import dev.goready.doctor.Result;
import dev.goready.project.StaleTools;
import dev.goready.release.GoVersion;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Tools in GOBIN (gopls, dlv, ...) built by an older Go line than the active one, which they cannot serve. */
public final class GoToolsCheck implements Check {
  @Override
  public String id() {
    return "go.tools";
  }

  @Override
  public Result run(Probe probe) {
    var env = probe.goEnv();
    Optional<GoVersion> active = env.flatMap(e -> e.get("GOVERSION")).flatMap(GoVersion::parseReported);
    if (active.isEmpty()) {
      return Result.skip("no go on PATH that reports its version (see path.go, go.env)");
    }
    Optional<Path> gobin = env.flatMap(e -> e.get("GOBIN")).filter(v -> !v.isBlank()).map(probe.host()::path)
        .or(() -> env.flatMap(e -> e.get("GOPATH")).filter(v -> !v.isBlank())
            .map(v -> probe.host().path(v.split(java.util.regex.Pattern.quote(probe.host().listSeparator()))[0]).resolve("bin")));
    if (gobin.isEmpty()) {
      return Result.skip("go env names neither GOBIN nor GOPATH");
    }
    List<StaleTools.Stale> stale = StaleTools.in(probe.host(), gobin.get(), active.get());
    if (stale.isEmpty()) {
      return Result.ok("no tool in " + gobin.get() + " was built by an older Go than " + active.get());
    }
    List<String> details = stale.stream().map(s -> s.file() + " was built with " + s.builtWith()).toList();
    return Result.warn(stale.size() + " tool(s) in " + gobin.get() + " were built by a Go older than " + active.get() + " and may fail with it",
        details, Fix.of("Rebuild them with the active Go (GOBIN is per user, so they then serve every project):",
            stale.stream().map(StaleTools.Stale::rebuild).distinct().toArray(String[]::new)));
  }
}
