package dev.goready.doctor.checks;

import dev.goready.doctor.Check;
import dev.goready.doctor.Fix;
import dev.goready.doctor.Probe;
import dev.goready.doctor.Result;
import dev.goready.host.HostKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Windows interop inside WSL: whether Windows programs run (the binfmt entry, WSL_INTEROP) and whether
 * Windows' PATH is appended to Linux's, which is how a Windows go.exe ends up shadowing Linux's go.
 */
public final class WslInteropCheck implements Check {

  @Override
  public String id() {
    return "wsl.interop";
  }

  @Override
  public Result run(Probe probe) {
    if (!probe.kind().isWsl()) {
      return Result.skip("not WSL");
    }
    String binfmt = probe.file("/proc/sys/fs/binfmt_misc/WSLInterop").map(s -> s.lines().findFirst().orElse("").strip()).orElse("absent");
    boolean enabled = probe.wslConf().bool("interop", "enabled").orElse(true);
    boolean appendPath = probe.wslConf().bool("interop", "appendWindowsPath").orElse(true);
    List<String> details = new ArrayList<>();
    details.add("binfmt WSLInterop: " + binfmt);
    details.add("WSL_INTEROP: " + probe.env("WSL_INTEROP").orElse("not set"));
    details.add("/etc/wsl.conf [interop] enabled=" + enabled + ", appendWindowsPath=" + appendPath);
    if (!enabled || binfmt.equals("disabled")) {
      return Result.ok("Windows interop is off: Windows programs do not run here", details);
    }
    if (binfmt.equals("absent") && probe.kind() == HostKind.WSL2) {
      return Result.warn("Windows interop is on in wsl.conf but not registered (no WSLInterop binfmt entry)", details,
          Fix.of("Restart WSL so it registers interop again; some systemd units (systemd-binfmt) clear it.", "wsl.exe --shutdown"));
    }
    return Result.ok("Windows interop on" + (appendPath ? ", Windows PATH appended" : ", Windows PATH not appended"), details);
  }
}
