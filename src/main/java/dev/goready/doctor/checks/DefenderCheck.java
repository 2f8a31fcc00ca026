package dev.goready.doctor.checks;

import dev.goready.doctor.Check;
import dev.goready.doctor.Fix;
import dev.goready.doctor.Probe;
import dev.goready.doctor.Result;
import dev.goready.host.CommandResult;
import dev.goready.host.HostKind;
import dev.goready.wsl.DefenderExclusions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Windows: real-time scanning of GOROOT, GOPATH and GOCACHE, and of every file go, compile and link
 * open, makes builds several times slower. Reading the exclusions needs admin rights, and a third-party
 * antivirus replaces Defender: both skip.
 */
public final class DefenderCheck implements Check {
  static final String THIRD_PARTY = "0x800106ba";
  private static final Set<HostKind> WINDOWS_OR_WSL = Set.of(HostKind.WINDOWS, HostKind.WSL1, HostKind.WSL2);
  static final String PROCESSES = "-- ExclusionProcess --";
  /** Both lists in one PowerShell start, the processes after a marker line. */
  static final String QUERY = "$p = Get-MpPreference; $p.ExclusionPath; '" + PROCESSES + "'; $p.ExclusionProcess";

  @Override
  public String id() {
    return "windows.defender";
  }

  @Override
  public Set<HostKind> machines() {
    return WINDOWS_OR_WSL;
  }

  @Override
  public String notHere(HostKind kind) {
    return "Defender runs on Windows; not Windows or WSL";
  }

  @Override
  public Result run(Probe probe) {
    boolean wsl = probe.kind().isWsl();
    Set<String> folders = new LinkedHashSet<>();
    Optional<String> goroot = probe.goEnv().flatMap(e -> e.get("GOROOT"));
    goroot.ifPresent(folders::add);
    GoFolders.gopath(probe).ifPresent(folders::add);
    GoFolders.gocache(probe).ifPresent(folders::add);
    if (wsl) {
      // From WSL, Defender sees only what lives on a Windows drive; the distro's own disk is not scanned file by file.
      Set<String> onWindows = new LinkedHashSet<>();
      folders.forEach(f -> probe.mounts().windowsPath(f).ifPresent(onWindows::add));
      if (onWindows.isEmpty()) {
        return Result.ok("Go's folders are in the distro's own file system, which Defender does not scan", List.of());
      }
      folders = onWindows;
      goroot = Optional.empty();
    }
    CommandResult result = probe.run("powershell.exe", "-NoProfile", "-NonInteractive", "-Command", QUERY);
    String output = (result.stdoutText() + "\n" + result.stderrText()).strip();
    if (result.notFound()) {
      return Result.skip(wsl ? "powershell.exe is not reachable through interop" : "PowerShell is not available");
    }
    if (output.toLowerCase(Locale.ROOT).contains(THIRD_PARTY)) {
      return Result.skip("another antivirus replaces Microsoft Defender (" + THIRD_PARTY + ")");
    }
    if (output.contains("Must be an administrator") || output.toLowerCase(Locale.ROOT).contains("access is denied") || output.contains("0x80070005")) {
      return Result.skip("reading Defender's exclusions needs an administrator terminal");
    }
    if (!result.succeeded()) {
      return Result.skip("Get-MpPreference failed: " + output.lines().findFirst().orElse(""));
    }
    List<String> lines = output.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    int marker = lines.indexOf(PROCESSES);
    List<String> paths = marker < 0 ? lines : lines.subList(0, marker);
    List<String> processes = marker < 0 ? List.of() : lines.subList(marker + 1, lines.size());
    List<String> details = new ArrayList<>();
    paths.forEach(e -> details.add("excluded: " + e));
    processes.forEach(e -> details.add("excluded process: " + e));
    List<String> missing = new ArrayList<>();
    folders.stream().filter(f -> paths.stream().noneMatch(e -> covers(e, f))).forEach(f -> {
      details.add("scanned: " + f);
      missing.add(DefenderExclusions.excludePath(f));
    });
    // A folder exclusion covers files in it, not what its programs open elsewhere (the build's work folder in %TEMP%).
    goroot.map(root -> DefenderExclusions.processes(root, probe.goEnv().flatMap(e -> e.get("GOARCH")).orElse(probe.platform().goarch()))).orElse(List.of())
        .stream().filter(p -> processes.stream().noneMatch(e -> e.equalsIgnoreCase(p))).forEach(p -> {
          details.add("scanned process: " + p);
          missing.add(DefenderExclusions.excludeProcess(p));
        });
    if (missing.isEmpty()) {
      return Result.ok("Go's folders and build tools are excluded from real-time scanning", details);
    }
    List<String> commands = new ArrayList<>(wsl ? List.of() : List.of("goready windows defender --apply"));
    commands.addAll(missing);
    long scannedFolders = missing.stream().filter(c -> c.contains("-ExclusionPath")).count();
    return Result.warn(scannedFolders + " Go folder(s) and " + (missing.size() - scannedFolders) + " build tool(s) are scanned in real time, which slows builds",
        details, new Fix(commands, "In an administrator terminal (goready windows defender --apply sets them all). "
            + "Exclusions trade protection for speed: only exclude folders whose contents you trust."));
  }

  private static boolean covers(String exclusion, String folder) {
    String e = exclusion.replace('/', '\\').toLowerCase(Locale.ROOT).replaceAll("\\\\+$", "");
    String f = folder.replace('/', '\\').toLowerCase(Locale.ROOT);
    return f.equals(e) || f.startsWith(e + "\\");
  }
}
