package dev.goready.doctor.checks;

import dev.goready.doctor.Check;
import dev.goready.doctor.Fix;
import dev.goready.doctor.GoEnvironment;
import dev.goready.doctor.Probe;
import dev.goready.doctor.Result;
import dev.goready.host.CommandResult;
import dev.goready.host.HostKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One Go release per tree: the go command, GOROOT's VERSION file and the compiler in GOTOOLDIR must be
 * the same release. A newer Go unpacked over an older folder (tar -x keeps the old files), or a go
 * command run against another release's GOROOT, fails every build with {@code compile: version "go1.X"
 * does not match go tool version "go1.Y"}.
 */
public final class GoTreeCheck implements Check {

  @Override
  public String id() {
    return "go.tree";
  }

  @Override
  public Result run(Probe probe) {
    Optional<GoEnvironment> found = probe.goEnv();
    if (found.isEmpty()) {
      return GoSettings.noGoEnv(probe);
    }
    GoEnvironment env = found.get();
    Optional<String> command = env.get("GOVERSION").map(GoTreeCheck::release);
    Optional<String> goroot = env.get("GOROOT").filter(v -> !v.isBlank());
    if (command.isEmpty() || goroot.isEmpty()) {
      return Result.skip("go env names no GOVERSION or GOROOT (a Go older than 1.16)");
    }
    if (command.get().startsWith("devel")) {
      return Result.skip("a development build of Go (" + command.get() + "): its parts carry no release to compare");
    }
    Map<String, String> stamps = new LinkedHashMap<>();
    probe.host().readFile(probe.host().path(goroot.get()).resolve("VERSION"))
        .flatMap(text -> text.lines().findFirst()).map(GoTreeCheck::release).filter(v -> v.startsWith("go"))
        .ifPresent(v -> stamps.put(probe.host().path(goroot.get()).resolve("VERSION").toString(), v));
    compiler(probe, env).ifPresent(c -> compilerVersion(probe, c).ifPresent(v -> stamps.put(c.toString(), v)));
    if (stamps.isEmpty()) {
      return Result.skip("GOROOT " + goroot.get() + " has no VERSION file and its compiler did not report a release");
    }
    List<String> details = new ArrayList<>(List.of("go command (" + probe.goOnPath().getFirst() + "): " + command.get()));
    stamps.forEach((where, version) -> details.add(where + ": " + version));
    Map<String, String> other = new LinkedHashMap<>(stamps);
    other.values().removeIf(command.get()::equals);
    if (other.isEmpty()) {
      return Result.ok(command.get() + ": the go command, " + String.join(" and ", stamps.keySet().stream().map(GoTreeCheck::name).toList()) + " agree", details);
    }
    Map.Entry<String, String> first = other.entrySet().iterator().next();
    String summary = name(first.getKey()) + " in " + goroot.get() + " is " + first.getValue() + " but the go command is " + command.get()
        + ": builds fail with \"version does not match go tool version\"";
    return Result.fail(summary, details, fix(probe, goroot.get(), command.get()));
  }

  private static Fix fix(Probe probe, String goroot, String release) {
    if (probe.env("GOROOT").isPresent()) {
      return Fix.of("GOROOT in your environment points the go command at another release's tree. Remove the GOROOT line from your "
          + "profile (go finds its own root) and open a new shell.", GoSettings.unsetVariable(probe, "GOROOT"), "go env -u GOROOT");
    }
    Path home = probe.options().goreadyHome();
    if (probe.host().path(goroot).startsWith(home)) {
      return Fix.of("This toolchain in goready's store was changed after it was verified. Install it again.",
          "goready uninstall --force " + release, "goready install " + release);
    }
    String remove = probe.kind() == HostKind.WINDOWS ? "Remove-Item -Recurse -Force '" + goroot + "'" : "sudo rm -rf " + goroot;
    return Fix.of("Two Go releases were unpacked into one folder (extracting over an old tree keeps its files). Remove the tree and "
        + "unpack the release into an empty folder, or let goready install it in its own store and put it on PATH.",
        remove, "goready install " + release, "goready env");
  }

  /** GOTOOLDIR's compiler; cmd/go reports it in go env since Go 1.10. */
  private static Optional<Path> compiler(Probe probe, GoEnvironment env) {
    String exe = env.get("GOEXE").orElse("");
    return env.get("GOTOOLDIR").filter(v -> !v.isBlank()).map(dir -> probe.host().path(dir).resolve("compile" + exe)).filter(probe.host()::exists);
  }

  /** What {@code go version FILE} reads from the binary's build information: "…/compile: go1.22.5". */
  private static Optional<String> compilerVersion(Probe probe, Path compiler) {
    CommandResult result = probe.run(probe.goOnPath().getFirst().toString(), "version", compiler.toString());
    if (!result.succeeded()) {
      return Optional.empty();
    }
    String line = result.stdoutText().strip().lines().findFirst().orElse("");
    int colon = line.lastIndexOf(": ");
    return colon < 0 ? Optional.empty() : Optional.of(release(line.substring(colon + 2))).filter(v -> v.startsWith("go"));
  }

  /** "go1.22.5 X:boringcrypto" → "go1.22.5": experiments and build settings do not make another release. */
  private static String release(String version) {
    String stripped = version.strip();
    int space = stripped.indexOf(' ');
    return space < 0 ? stripped : stripped.substring(0, space);
  }

  private static String name(String path) {
    return path.replace('\\', '/').replaceFirst("^.*/", "");
  }
}
