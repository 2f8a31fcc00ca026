package dev.goready.doctor.checks;

import dev.goready.doctor.Check;
import dev.goready.doctor.Fix;
import dev.goready.doctor.Machines;
import dev.goready.doctor.Probe;
import dev.goready.doctor.Result;
import dev.goready.host.CommandResult;
import dev.goready.host.HostKind;
import dev.goready.wsl.WslOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Windows side: the WSL release (Store WSL answers --version; the inbox one does not) and the distros. */
public final class WslVersionCheck implements Check {

  @Override
  public String id() {
    return "wsl.version";
  }

  @Override
  public Set<HostKind> machines() {
    return Machines.WINDOWS;
  }

  @Override
  public String notHere(HostKind kind) {
    return kind.isWsl() ? "runs on the Windows side; inside a distro see wsl.kernel" : "not Windows";
  }

  @Override
  public Result run(Probe probe) {
    CommandResult version = probe.run("wsl.exe", "--version");
    if (version.notFound()) {
      return Result.skip("WSL is not installed (no wsl.exe)");
    }
    WslOutput versionLines = WslOutput.of(version);
    String wsl = versionLines.valueAt(0).orElse("");
    if (!version.succeeded() || !wsl.matches("\\d+(\\.\\d+)+")) {
      return Result.warn("the inbox WSL: wsl.exe does not know --version", versionLines.lines().stream().limit(3).toList(),
          Fix.of("Update to the Store release of WSL: current kernels, systemd, mirrored networking, DNS tunneling.", "wsl --update"));
    }
    List<String> details = new ArrayList<>();
    details.add("WSL " + wsl);
    versionLines.valueAt(1).ifPresent(kernel -> details.add("kernel " + kernel));
    versionLines.lastValue().ifPresent(windows -> details.add("Windows " + windows));
    WslOutput status = WslOutput.of(probe.run("wsl.exe", "--status"));
    status.valueAt(1).filter(v -> v.matches("[12]")).ifPresent(v -> details.add("default version for new distros: " + v));

    List<WslOutput.Distro> distros = WslOutput.of(probe.run("wsl.exe", "-l", "-v")).distros();
    distros.forEach(d -> details.add((d.isDefault() ? "* " : "  ") + d.name() + " — WSL" + d.version() + ", " + d.state()));
    List<WslOutput.Distro> wsl1 = distros.stream().filter(d -> d.version() == 1).toList();
    if (!wsl1.isEmpty()) {
      return Result.warn("WSL " + wsl + "; " + wsl1.size() + " distro(s) still on WSL1", details,
          new Fix(wsl1.stream().map(d -> "wsl --set-version " + d.name() + " 2").toList(),
              "Convert to WSL2: a real Linux kernel, much faster file access inside the distro, Docker and GPU support."));
    }
    return Result.ok("WSL " + wsl + ", " + distros.size() + " distro(s)" + distros.stream().filter(WslOutput.Distro::isDefault).findFirst().map(d -> ", default " + d.name()).orElse(""), details);
  }
}
