package dev.goready.doctor.checks;

import dev.goready.doctor.Check;
import dev.goready.doctor.Fix;
import dev.goready.doctor.Machines;
import dev.goready.doctor.Probe;
import dev.goready.doctor.Result;
import dev.goready.host.HostKind;
import dev.goready.host.ProcFiles;
import dev.goready.wsl.BinfmtEntry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Windows interop inside WSL: whether Windows programs run (WSL's binfmt entry — WSLInterop, or
 * WSLInterop-late under systemd — and WSL_INTEROP), whether another entry claims MZ files first
 * (mono's cli, binfmt-support's run-detectors: "Windows programs stopped working"), and whether
 * Windows' PATH is appended to Linux's, which is how a Windows go.exe ends up shadowing Linux's go.
 */
public final class WslInteropCheck implements Check {
  @Override
  public String id() {
    return "wsl.interop";
  }

  @Override
  public Set<HostKind> machines() {
    return Machines.WSL;
  }

  @Override
  public Result run(Probe probe) {
    boolean enabled = probe.wslConf().bool("interop", "enabled").orElse(true);
    boolean appendPath = probe.wslConf().bool("interop", "appendWindowsPath").orElse(true);
    List<String> details = new ArrayList<>();
    details.add("WSL_INTEROP: " + probe.env("WSL_INTEROP").orElse("not set"));
    details.add("/etc/wsl.conf [interop] enabled=" + enabled + ", appendWindowsPath=" + appendPath);
    if (!enabled) {
      return Result.ok("Windows interop is off in /etc/wsl.conf: Windows programs do not run here", details);
    }
    if (probe.kind() == HostKind.WSL1) {
      return Result.ok("Windows interop on (WSL1 runs Windows programs without binfmt)" + pathNote(appendPath), details);
    }
    List<String> names = probe.host().list(Path.of(ProcFiles.binfmtMisc()));
    if (names.isEmpty()) {
      return Result.skip("cannot tell: " + ProcFiles.binfmtMisc() + " is not mounted or not readable");
    }
    List<BinfmtEntry> entries = new ArrayList<>();
    for (String name : names) {
      if (!name.equals("register") && !name.equals("status")) {
        probe.file(ProcFiles.binfmtMisc() + "/" + name).map(text -> BinfmtEntry.parse(name, text)).ifPresent(entries::add);
      }
    }
    Optional<BinfmtEntry> wsl = entries.stream().filter(BinfmtEntry::isWsl).filter(BinfmtEntry::enabled).findFirst()
        .or(() -> entries.stream().filter(BinfmtEntry::isWsl).findFirst());
    wsl.ifPresent(e -> details.add("binfmt " + e.name() + ": " + (e.enabled() ? "enabled" : "disabled") + ", interpreter "
        + e.interpreter().orElse("?") + ", flags " + e.flags() + ", magic " + e.magic().orElse("?")));
    List<BinfmtEntry> rivals = entries.stream().filter(e -> !e.isWsl() && e.enabled() && e.claimsWindowsPrograms()).toList();
    rivals.forEach(e -> details.add("binfmt " + e.name() + " also claims Windows programs (interpreter " + e.interpreter().orElse("?") + ")"));
    if (!rivals.isEmpty()) {
      BinfmtEntry rival = rivals.getFirst();
      return Result.warn("binfmt entry '" + rival.name() + "' (" + rival.interpreter().orElse("?") + ") claims Windows programs before WSL's: go.exe, cmd.exe and code stop working", details,
          Fix.of("Disable the other MZ handler (mono's cli, binfmt-support's run-detectors), then restart WSL.",
              "sudo update-binfmts --disable " + rival.name(), "wsl.exe --shutdown"));
    }
    if (wsl.isEmpty()) {
      return Result.warn("Windows interop is on in wsl.conf but not registered (no WSLInterop or WSLInterop-late binfmt entry)", details,
          Fix.of("systemd-binfmt can clear WSL's entry at boot: re-register it with a drop-in, then restart WSL.",
              "printf ':WSLInterop:M::MZ::/init:PF\\n' | sudo tee /usr/lib/binfmt.d/WSLInterop.conf", "wsl.exe --shutdown"));
    }
    BinfmtEntry entry = wsl.get();
    if (!entry.enabled()) {
      return Result.ok("Windows interop is disabled (binfmt " + entry.name() + "): Windows programs do not run here", details);
    }
    Optional<String> interpreter = entry.interpreter();
    if (interpreter.isPresent() && !probe.host().exists(Path.of(interpreter.get()))) {
      return Result.warn("binfmt " + entry.name() + " points at " + interpreter.get() + ", which does not exist", details,
          Fix.of("Restart WSL so it registers its own interpreter again.", "wsl.exe --shutdown"));
    }
    return Result.ok("Windows interop on (" + entry.name() + ")" + pathNote(appendPath), details);
  }

  private static String pathNote(boolean appendPath) {
    return appendPath ? ", Windows PATH appended" : ", Windows PATH not appended";
  }
}
