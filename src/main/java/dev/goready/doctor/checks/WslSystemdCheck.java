package dev.goready.doctor.checks;

import dev.goready.doctor.Check;
import dev.goready.doctor.Fix;
import dev.goready.doctor.Machines;
import dev.goready.doctor.Probe;
import dev.goready.doctor.Result;
import dev.goready.host.HostKind;
import dev.goready.host.ProcFiles;
import java.util.List;
import java.util.Set;

/** Whether systemd runs as PID 1 in the distro (native since WSL 0.67.6; it replaced systemd-genie). */
public final class WslSystemdCheck implements Check {
  static final Fix ENABLE = Fix.of(
      "Turn on WSL's native systemd (services such as docker, snapd and user timers need it): as root (sudo -E), then restart WSL from Windows.",
      "goready wsl config --systemd on",
      "wsl.exe --shutdown");

  @Override
  public String id() {
    return "wsl.systemd";
  }

  @Override
  public Set<HostKind> machines() {
    return Machines.WSL;
  }

  @Override
  public Result run(Probe probe) {
    java.util.Optional<String> comm = probe.file(ProcFiles.initCommand()).map(String::strip).filter(c -> !c.isEmpty() && c.chars().allMatch(ch -> ch >= 0x20 && ch < 0x7f));
    if (comm.isEmpty()) {
      return Result.skip("cannot tell: " + ProcFiles.initCommand() + " is absent, empty or unreadable");
    }
    String pid1 = comm.get();
    boolean configured = probe.wslConf().bool("boot", "systemd").orElse(false);
    List<String> details = List.of("PID 1: " + pid1, "/etc/wsl.conf [boot] systemd=" + (configured ? "true" : "not set"));
    if (pid1.equals("systemd")) {
      return Result.ok("systemd is PID 1", details);
    }
    if (configured) {
      return Result.warn("systemd is enabled in /etc/wsl.conf but not running (PID 1 is " + pid1 + ")", details,
          Fix.of("WSL reads wsl.conf only when the distro starts: restart it from Windows.", "wsl.exe --shutdown"));
    }
    return Result.warn("systemd is off (PID 1 is " + pid1 + ")", details, ENABLE);
  }
}
