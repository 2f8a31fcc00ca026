package dev.goready.doctor.checks;

import dev.goready.config.ProfileFindings;
import dev.goready.doctor.Check;
import dev.goready.doctor.Fix;
import dev.goready.doctor.GoEnvironment;
import dev.goready.doctor.Probe;
import dev.goready.doctor.Result;
import dev.goready.host.HostKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** `go env -json` from the go that PATH finds first, checked against itself and the machine. */
public final class GoEnvCheck implements Check {

  @Override
  public String id() {
    return "go.env";
  }

  @Override
  public Result run(Probe probe) {
    if (probe.goOnPath().isEmpty()) {
      return Result.skip("no go on PATH (see path.go)");
    }
    Optional<GoEnvironment> found = probe.goEnv();
    Path go = probe.goOnPath().getFirst();
    if (probe.kind().isWsl() && PathGoCheck.isWindowsBinary(go)) {
      return Result.skip("the go on PATH is Windows' " + go + " (see path.go); its settings are Windows'");
    }
    if (found.isEmpty()) {
      String why = probe.goEnvFailure().orElse("no answer");
      if (why.contains("cannot find GOROOT directory")) {
        // A GOROOT left in a profile after the toolchain it named was removed: every go command fails so.
        List<ProfileFindings.Finding> lines = StartupConflicts.of(probe, ProfileFindings.Kind.GOROOT);
        List<String> details = new ArrayList<>(List.of("GOROOT=" + probe.env("GOROOT").orElse("(set in go env's file)")));
        details.addAll(StartupConflicts.messages(lines));
        return Result.fail(why, details, Fix.of(
            "GOROOT names a folder that does not exist. Remove the GOROOT line from your shell profile (goready env puts the "
                + "active toolchain on PATH; go finds its own GOROOT), then open a new shell.", StartupConflicts.withFix(lines, "unset GOROOT", go + " env GOROOT")));
      }
      return Result.fail(go + " env -json failed: " + why, List.of(), Fix.of("Run it yourself to see why.", go + " env -json"));
    }
    GoEnvironment env = found.get();
    List<String> details = new ArrayList<>();
    for (String name : List.of("GOVERSION", "GOROOT", "GOPATH", "GOBIN", "GOOS", "GOARCH", "GOENV")) {
      env.get(name).ifPresent(v -> details.add(name + "=" + v));
    }
    for (Map.Entry<String, String> e : env.values().entrySet()) {
      if (e.getValue().contains("\r")) {
        return Result.fail(e.getKey() + " ends in a carriage return (a setting written with Windows line endings)", details, Fix.of(
            "Rewrite the setting without the \\r: usually in Go's env file (go env GOENV) or a profile saved with CRLF.",
            "go env -w " + e.getKey() + "=" + e.getValue().strip(), "sed -i 's/\\r$//' \"$(go env GOENV)\""));
      }
    }
    Optional<String> goroot = env.get("GOROOT");
    Optional<GoShim> shimOnPath = GoShim.of(probe, go);
    Optional<Result> shim = goroot.flatMap(root -> shimOnPath.flatMap(s -> s.problem(probe, root, details)));
    if (shim.isPresent()) {
      return shim.get();
    }
    if (goroot.isPresent() && shimOnPath.isEmpty() && !sameGoroot(probe, go, goroot.get())) {
      List<ProfileFindings.Finding> lines = StartupConflicts.of(probe, ProfileFindings.Kind.GOROOT);
      details.addAll(StartupConflicts.messages(lines));
      return Result.fail("GOROOT=" + goroot.get() + " does not contain the go that runs (" + go + ")", details, Fix.of(
          "Unset GOROOT and let go find its own root (a stale GOROOT from an old install mixes two toolchains).", StartupConflicts.withFix(lines,
              GoSettings.unsetVariable(probe, "GOROOT"), "go env -u GOROOT")));
    }
    String nativeArch = probe.platform().goarch();
    Optional<String> goarch = env.get("GOARCH");
    // GOARCH as the go command was built (GOHOSTARCH) but not the machine's: the toolchain itself is emulated.
    // A GOARCH unlike GOHOSTARCH was set in Go's env file: go.settings says so.
    boolean asBuilt = goarch.isPresent() && env.get("GOHOSTARCH").map(goarch.get()::equals).orElse(true);
    if (asBuilt && !goarch.get().equals(nativeArch) && probe.env("GOARCH").isEmpty()) {
      return Result.warn("this go builds for " + goarch.get() + " but the machine is " + nativeArch + " (an emulated toolchain)", details, Fix.of(
          "Install the native toolchain: it builds and tests several times faster than one running under emulation.",
          "goready install --arch " + nativeArch));
    }
    Optional<String> gobin = env.get("GOBIN").or(() -> env.get("GOPATH").map(p -> p.split(java.util.regex.Pattern.quote(probe.host().listSeparator()))[0] + (probe.kind() == HostKind.WINDOWS ? "\\bin" : "/bin")));
    if (gobin.isPresent() && !probe.pathEntries().contains(gobin.get())) {
      return Result.warn("GOBIN " + gobin.get() + " is not on PATH: tools from go install will not be found", details, Fix.of(
          "Add it to PATH.", PathGoCheck.exportPath(probe, probe.host().path(gobin.get()))));
    }
    return Result.ok(env.get("GOVERSION").orElse("go") + " " + env.get("GOOS").orElse("?") + "/" + goarch.orElse("?") + ", GOROOT " + goroot.orElse("?"), details);
  }

  /** The go that runs must be GOROOT/bin/go once links are resolved (Debian's /usr/bin/go, goready's current). */
  private static boolean sameGoroot(Probe probe, Path go, String goroot) {
    Path bin = probe.host().realPath(go).getParent();
    Path expected = probe.host().realPath(probe.host().path(goroot).resolve("bin"));
    if (bin.equals(expected)) {
      return true;
    }
    Path home = probe.options().goreadyHome();
    Path rootParent = probe.host().path(goroot).getParent();
    return go.getParent().equals(home.resolve("current").resolve("bin")) && rootParent != null && rootParent.equals(home.resolve("toolchains"));
  }
}
