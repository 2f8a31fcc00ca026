package dev.goready.doctor.checks;

import dev.goready.doctor.Fix;
import dev.goready.doctor.Probe;
import dev.goready.doctor.Result;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A go on PATH that is a version manager's shim (asdf, mise, goenv, Scoop: a {@code shims} folder) and
 * not a toolchain's own bin/go: it runs the go of the version it picks, so "GOROOT holds the go that
 * runs" means GOROOT/bin holds a go — and, for Scoop, the very one its {@code go.shim} file names.
 */
record GoShim(Path shim, String manager, String rehash) {
  /** Scoop's go.shim: {@code path = "C:\Users\ann\scoop\apps\go\current\bin\go.exe"}. */
  private static final Pattern SCOOP_TARGET = Pattern.compile("(?m)^\\s*path\\s*=\\s*\"?([^\"\\r\\n]+)\"?\\s*$");

  static Optional<GoShim> of(Probe probe, Path go) {
    Path parent = go.getParent();
    if (parent == null || parent.getFileName() == null || !parent.getFileName().toString().equalsIgnoreCase("shims")) {
      return Optional.empty();
    }
    String where = go.toString().replace('\\', '/').toLowerCase(Locale.ROOT);
    if (where.contains("/scoop/")) {
      return Optional.of(new GoShim(go, "Scoop", "scoop reset go"));
    }
    if (where.contains("/mise/") || where.contains("/rtx/")) {
      return Optional.of(new GoShim(go, "mise", "mise reshim"));
    }
    if (where.contains("/.goenv/")) {
      return Optional.of(new GoShim(go, "goenv", "goenv rehash"));
    }
    if (where.contains("/.asdf/") || probe.env("ASDF_DATA_DIR").filter(d -> where.startsWith(d.replace('\\', '/').toLowerCase(Locale.ROOT))).isPresent()) {
      return Optional.of(new GoShim(go, "asdf", "asdf reshim golang"));
    }
    return Optional.of(new GoShim(go, "a version manager", "open a new shell"));
  }

  /** Empty when the shim's GOROOT holds a go (and, where the shim names it, the one it runs). */
  Optional<Result> problem(Probe probe, String goroot, List<String> details) {
    Path root = probe.host().path(goroot);
    Path rootGo = root.resolve("bin").resolve(shim.getFileName().toString());
    Optional<Path> target = scoopTarget(probe);
    target.ifPresent(t -> details.add(shim + " runs " + t));
    boolean holdsGo = probe.host().exists(rootGo);
    boolean holdsTarget = target.map(t -> t.startsWith(root)).orElse(true);
    if (holdsGo && holdsTarget) {
      return Optional.empty();
    }
    String runs = target.map(Path::toString).orElse("the go of the version " + manager + " picks");
    String unset = GoSettings.clearWhereSet(probe, "GOROOT");
    return Optional.of(Result.fail(manager + "'s shim " + shim + " runs " + runs + ", but GOROOT=" + goroot + " does not contain it", details,
        Fix.of("Let " + manager + " set GOROOT (or nobody: go finds its own root). Remove the GOROOT line from your profile or Go's env file, then refresh the shims.",
            unset, rehash)));
  }

  private Optional<Path> scoopTarget(Probe probe) {
    String name = shim.getFileName().toString().replaceFirst("(?i)\\.exe$", "") + ".shim";
    return probe.host().readFile(shim.resolveSibling(name)).flatMap(text -> {
      Matcher m = SCOOP_TARGET.matcher(text);
      return m.find() ? probe.host().pathIfValid(m.group(1).strip()) : Optional.empty();
    });
  }
}
