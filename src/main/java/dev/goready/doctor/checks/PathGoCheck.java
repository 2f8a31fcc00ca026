package dev.goready.doctor.checks;

import dev.goready.config.ProfileFindings;
import dev.goready.doctor.Check;
import dev.goready.doctor.Fix;
import dev.goready.doctor.Probe;
import dev.goready.doctor.Result;
import dev.goready.host.HostKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every go on PATH, in order. The first one wins, so it must be a Linux go inside WSL (not Windows'
 * go.exe seen through interop) and, when goready manages the toolchain, the one it activated.
 */
public final class PathGoCheck implements Check {

  @Override
  public String id() {
    return "path.go";
  }

  @Override
  public Result run(Probe probe) {
    List<Path> gos = probe.goOnPath();
    Path goreadyBin = probe.options().goreadyHome().resolve("current").resolve("bin");
    boolean goreadyActive = probe.host().exists(goreadyBin);
    List<String> details = new ArrayList<>();
    gos.forEach(go -> details.add((details.isEmpty() ? "→ " : "  ") + go));
    if (gos.isEmpty()) {
      if (goreadyActive) {
        return Result.fail("no go on PATH", details, Fix.of("goready has a toolchain; put it on PATH (goready env does it for every shell).",
            exportPath(probe, goreadyBin), "goready env"));
      }
      Optional<Path> installed = InstalledGo.find(probe);
      if (installed.isPresent()) {
        return Result.fail("no go on PATH, but Go is installed at " + installed.get(), details, Fix.of(
            "Put that Go on PATH (add the line to your shell's startup file), or let goready manage one.", exportPath(probe, installed.get().getParent())));
      }
      return Result.fail("no go on PATH", details, Fix.of("Install a toolchain and put it on PATH in every shell.", "goready install", "goready env"));
    }
    Path first = gos.getFirst();
    if (probe.kind().isWsl() && isWindowsBinary(first)) {
      return Result.fail("the first go on PATH is Windows' " + first + ", seen through interop", details, Fix.of(
          "Stop WSL appending Windows' PATH (as root, sudo -E; then restart WSL), or put the Linux toolchain first.",
          "goready wsl config --append-windows-path off",
          "wsl.exe --shutdown",
          exportPath(probe, goreadyBin)));
    }
    if (goreadyActive && !fromGoready(probe, first)) {
      List<ProfileFindings.Finding> lines = StartupConflicts.of(probe, ProfileFindings.Kind.FIRST_ON_PATH);
      List<String> withLines = new ArrayList<>(details);
      withLines.addAll(StartupConflicts.messages(lines));
      return Result.fail("the first go on PATH, " + first + ", is not the toolchain goready activated", withLines, Fix.of(
          "Put goready's toolchain first on PATH (goready env does it for every shell), or remove the other go.",
          StartupConflicts.withFix(lines, exportPath(probe, goreadyBin), "goready env")));
    }
    long distinct = gos.stream().map(Path::getParent).distinct().count();
    if (distinct > 1) {
      return Result.warn(distinct + " go installations on PATH; " + first + " wins", details, Fix.of(
          "Remove the ones you do not use, so a PATH change can never switch Go behind your back.", "which -a go"));
    }
    return Result.ok(first.toString(), details);
  }

  static boolean isWindowsBinary(Path go) {
    String text = go.toString();
    return text.endsWith(".exe") || text.matches("/mnt/[a-z]/.*");
  }

  private static boolean fromGoready(Probe probe, Path go) {
    Path home = probe.options().goreadyHome();
    Path dir = go.getParent();
    return dir.equals(home.resolve("current").resolve("bin"))
        || probe.host().realPath(go).startsWith(probe.host().realPath(home.resolve("toolchains")))
        || (dir.getParent() != null && home.resolve("toolchains").equals(dir.getParent().getParent()));
  }

  static String exportPath(Probe probe, Path bin) {
    return probe.kind() == HostKind.WINDOWS
        ? "$env:Path = '" + bin + ";' + $env:Path"
        : "export PATH=\"" + bin + ":$PATH\"";
  }
}
