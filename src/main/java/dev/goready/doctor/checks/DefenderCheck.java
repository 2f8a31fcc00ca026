package dev.goready.doctor.checks;

import dev.goready.doctor.Check;
import dev.goready.doctor.Fix;
import dev.goready.doctor.Machines;
import dev.goready.doctor.Probe;
import dev.goready.doctor.Result;
import dev.goready.host.CommandResult;
import dev.goready.host.HostKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Windows: real-time scanning of GOROOT, GOPATH and GOCACHE makes builds several times slower.
 * Reading the exclusions needs admin rights, and a third-party antivirus replaces Defender: both skip.
 */
public final class DefenderCheck implements Check {
  static final String THIRD_PARTY = "0x800106ba";

  @Override
  public String id() {
    return "windows.defender";
  }

  @Override
  public Set<HostKind> machines() {
    return Machines.WINDOWS;
  }

  @Override
  public Result run(Probe probe) {
    CommandResult result = probe.run("powershell.exe", "-NoProfile", "-NonInteractive", "-Command",
        "Get-MpPreference | Select-Object -ExpandProperty ExclusionPath");
    String output = (result.stdoutText() + "\n" + result.stderrText()).strip();
    if (result.notFound()) {
      return Result.skip("PowerShell is not available");
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
    List<String> exclusions = output.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    Set<String> folders = new LinkedHashSet<>();
    probe.goEnv().flatMap(e -> e.get("GOROOT")).ifPresent(folders::add);
    GoFolders.gopath(probe).ifPresent(folders::add);
    GoFolders.gocache(probe).ifPresent(folders::add);
    List<String> details = new ArrayList<>();
    exclusions.forEach(e -> details.add("excluded: " + e));
    List<String> notExcluded = folders.stream().filter(f -> exclusions.stream().noneMatch(e -> covers(e, f))).toList();
    if (notExcluded.isEmpty()) {
      return Result.ok("Go's folders are excluded from real-time scanning", details);
    }
    notExcluded.forEach(f -> details.add("scanned: " + f));
    return Result.warn(notExcluded.size() + " Go folder(s) are scanned in real time, which slows builds", details,
        new Fix(notExcluded.stream().map(f -> "Add-MpPreference -ExclusionPath '" + f + "'").toList(),
            "In an administrator PowerShell. Exclusions trade protection for speed: only exclude folders whose contents you trust."));
  }

  private static boolean covers(String exclusion, String folder) {
    String e = exclusion.replace('/', '\\').toLowerCase(Locale.ROOT).replaceAll("\\\\+$", "");
    String f = folder.replace('/', '\\').toLowerCase(Locale.ROOT);
    return f.equals(e) || f.startsWith(e + "\\");
  }
}
