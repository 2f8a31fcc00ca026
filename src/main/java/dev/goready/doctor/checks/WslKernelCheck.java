package dev.goready.doctor.checks;

import dev.goready.doctor.Check;
import dev.goready.doctor.Fix;
import dev.goready.doctor.Probe;
import dev.goready.doctor.Result;
import dev.goready.host.HostKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Inside WSL: Microsoft's WSL2 kernel is ok; a custom kernel or WSL1 is worth knowing about. */
public final class WslKernelCheck implements Check {

  @Override
  public String id() {
    return "wsl.kernel";
  }

  @Override
  public Result run(Probe probe) {
    if (!probe.kind().isWsl()) {
      return Result.skip(probe.kind() == HostKind.WINDOWS ? "runs inside a WSL distro; see wsl.version" : "not WSL");
    }
    String release = probe.file("/proc/sys/kernel/osrelease").orElse("").strip();
    String distro = probe.env("WSL_DISTRO_NAME").orElse("<distro>");
    List<String> details = new ArrayList<>(List.of("release " + release));
    if (probe.kind() == HostKind.WSL1) {
      return Result.warn("WSL1 (" + release + "): no real Linux kernel", details,
          Fix.of("Convert the distro to WSL2 (from Windows): Go builds, tests and file access get much faster.", "wsl.exe --set-version " + distro + " 2"));
    }
    Optional<String> configured = probe.wslConfig().get("wsl2", "kernel");
    configured.ifPresent(k -> details.add(".wslconfig kernel=" + k));
    boolean microsoft = release.contains("microsoft-standard-WSL2") && !release.endsWith("+");
    if (!microsoft || configured.isPresent()) {
      return Result.warn("a custom WSL2 kernel (" + release + ")", details,
          Fix.of("Custom kernels miss Microsoft's fixes and WSL features. To go back, remove the kernel= line from %USERPROFILE%\\.wslconfig, then restart WSL.",
              "wsl.exe --update", "wsl.exe --shutdown"));
    }
    return Result.ok("Microsoft's WSL2 kernel " + release.replace("-microsoft-standard-WSL2", ""), details);
  }
}
