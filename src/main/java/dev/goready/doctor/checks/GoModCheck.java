package dev.goready.doctor.checks;

import dev.goready.doctor.Check;
import dev.goready.doctor.Fix;
import dev.goready.doctor.Probe;
import dev.goready.doctor.Result;
import dev.goready.release.GoMod;
import dev.goready.release.GoVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The project's go.mod (or go.work) against the active Go, as the go command itself will read it: a
 * go line is a minimum, a toolchain line a request, and GOTOOLCHAIN decides whether a newer Go is
 * downloaded, refused or looked for on PATH. Go before 1.21 knows none of that, and cannot even read a
 * three-part go line.
 */
public final class GoModCheck implements Check {
  private static final GoVersion SWITCHING = new GoVersion(1, 21, 0, GoVersion.PreRelease.RELEASE, 0);
  private static final Fix INSTALL = Fix.of("Install what the module asks for, so nothing is downloaded behind your back.", "goready install go.mod");

  @Override
  public String id() {
    return "go.mod";
  }

  @Override
  public Result run(Probe probe) {
    Probe.ProjectFile project = probe.projectFile();
    if (project.unreadable().isPresent()) {
      return Result.warn(project.unreadable().get().getMessage(), List.of(), Fix.of("Correct the line it names; go build refuses the file too.", "go mod edit -fmt"));
    }
    Optional<Path> file = project.file();
    Optional<String> text = file.flatMap(probe.host()::readFile);
    if (text.isEmpty()) {
      return Result.skip("no go.mod or go.work in " + probe.projectFolder() + " or above");
    }
    Optional<GoVersion> active = probe.goEnv().flatMap(env -> env.get("GOVERSION"))
        .flatMap(GoVersion::parseReported);
    if (active.isEmpty()) {
      return Result.skip(file.get() + ": no go on PATH that reports its version to judge it against (see path.go, go.env)");
    }
    Optional<String> goLine = GoMod.directive(text.get(), "go");
    Optional<String> toolchainLine = GoMod.directive(text.get(), "toolchain");
    String gotoolchain = GoSettings.get(probe, "GOTOOLCHAIN").filter(v -> !v.isBlank()).orElse("auto");
    List<String> details = new ArrayList<>(List.of(file.get().toString(), "active " + active.get()));
    goLine.ifPresent(v -> details.add("go " + v));
    toolchainLine.ifPresent(v -> details.add("toolchain " + v));
    details.add("GOTOOLCHAIN=" + gotoolchain);
    Project asked = new Project(file.get().getFileName().toString(), goLine, toolchainLine);
    return active.get().compareTo(SWITCHING) < 0
        ? beforeSwitching(asked, active.get(), details)
        : switching(probe, asked, active.get(), gotoolchain, details);
  }

  /** What the module asks for: its go and toolchain lines as written, and parsed. */
  private record Project(String name, Optional<String> goLineText, Optional<String> toolchainText) {
    Optional<GoVersion> goLine() {
      return goLineText.flatMap(GoModCheck::parse);
    }

    Optional<GoVersion> toolchain() {
      return toolchainText.flatMap(GoModCheck::parse);
    }

    Optional<GoVersion> wanted() {
      Optional<GoVersion> go = goLine();
      return toolchain().filter(t -> go.isEmpty() || t.compareTo(go.get()) >= 0).or(() -> go);
    }
  }

  /** Go before 1.21: no toolchain switching, no three-part go line, no toolchain directive. */
  private static Result beforeSwitching(Project project, GoVersion active, List<String> details) {
    if (project.goLineText().filter(v -> v.chars().filter(c -> c == '.').count() >= 2).isPresent()) {
      return Result.fail(active + " cannot read " + project.name() + ": a three-part go line (go " + project.goLineText().get()
          + ") needs Go 1.21 or newer (\"invalid go version\")", details, INSTALL);
    }
    if (project.toolchainText().isPresent()) {
      return Result.fail(active + " cannot read " + project.name() + ": the toolchain directive needs Go 1.21 or newer (\"unknown directive: toolchain\")", details, INSTALL);
    }
    if (project.goLine().filter(g -> g.compareTo(active) > 0).isPresent()) {
      return Result.warn(project.name() + " asks for go " + project.goLineText().get() + " but " + active
          + " is active, and Go before 1.21 neither switches nor refuses: it builds with itself", details, INSTALL);
    }
    return Result.ok(project.name() + ": " + active + " meets go " + project.goLineText().orElse("(no go line)"), details);
  }

  private static Result switching(Probe probe, Project project, GoVersion active, String gotoolchain, List<String> details) {
    Optional<GoVersion> wanted = project.wanted();
    boolean meetsGoLine = project.goLine().map(g -> active.compareTo(g) >= 0).orElse(true);
    if (wanted.isEmpty() || meetsGoLine && active.compareTo(wanted.get()) >= 0) {
      return Result.ok(project.name() + ": " + active + " meets " + wanted.map(String::valueOf).orElse("it (no go line)"), details);
    }
    String summary = project.name() + " asks for " + wanted.get() + " but " + active + " is active";
    String mode = gotoolchain.replaceFirst("^.*\\+", "");
    if (gotoolchain.equals("local") || mode.equals("path")) {
      if (meetsGoLine) {
        return Result.ok(summary + "; GOTOOLCHAIN=" + gotoolchain + " keeps " + active + " (the toolchain line is a preference)", details);
      }
      String refusal = gotoolchain.equals("local") ? "the go command refuses to build it" : "the go command looks for " + wanted.get() + " on PATH only";
      return Result.fail(summary + "; with GOTOOLCHAIN=" + gotoolchain + " " + refusal, details, INSTALL);
    }
    Optional<String> goLineText = project.goLineText();
    boolean noPatch = goLineText.filter(v -> v.chars().filter(c -> c == '.').count() == 1).isPresent();
    if (noPatch && project.toolchain().isEmpty() && active.minor() == 21 && !meetsGoLine) {
      return Result.fail(summary + ": go " + goLineText.get() + " has no patch number, and Go 1.21 asks for a toolchain named go"
          + goLineText.get() + ", which does not exist (\"toolchain not available\")", details, Fix.of(
              "Name a release in the go line, or install one that meets it.", "go mod edit -go=" + goLineText.get() + ".0", "goready install go.mod"));
    }
    String goproxy = GoSettings.goproxy(probe);
    if (goproxy.strip().equals("off")) {
      return Result.fail(summary + ": GOTOOLCHAIN=" + gotoolchain + " would download it, but GOPROXY=off forbids that", details, INSTALL);
    }
    return Result.warn(summary + "; the go command will download " + wanted.get() + " itself", details, INSTALL);
  }

  private static Optional<GoVersion> parse(String version) {
    return GoVersion.parse(version.replaceFirst("[-+].*$", ""));
  }
}
