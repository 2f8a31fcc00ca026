package dev.goready.doctor;

import dev.goready.doctor.checks.DefenderCheck;
import dev.goready.doctor.checks.DistroCheck;
import dev.goready.doctor.checks.DnsCheck;
import dev.goready.doctor.checks.GoEnvCheck;
import dev.goready.doctor.checks.GoFolderCheck;
import dev.goready.doctor.checks.GoVersionCheck;
import dev.goready.doctor.checks.GpuCheck;
import dev.goready.doctor.checks.KernelLogCheck;
import dev.goready.doctor.checks.PathGoCheck;
import dev.goready.doctor.checks.PlatformCheck;
import dev.goready.doctor.checks.ProxyCheck;
import dev.goready.doctor.checks.VsCodeCheck;
import dev.goready.doctor.checks.WslInteropCheck;
import dev.goready.doctor.checks.WslKernelCheck;
import dev.goready.doctor.checks.WslNetworkModeCheck;
import dev.goready.doctor.checks.WslSystemdCheck;
import dev.goready.doctor.checks.WslVersionCheck;
import java.util.ArrayList;
import java.util.List;

/** Every check, in the order reports list them. The ids are a contract. */
public final class Checks {
  private Checks() {}

  public static List<Check> all() {
    List<Check> checks = new ArrayList<>(List.of(
        new PlatformCheck(),
        new WslVersionCheck(),
        new WslKernelCheck(),
        new KernelLogCheck(),
        new DistroCheck(),
        new WslSystemdCheck(),
        new WslInteropCheck(),
        new GpuCheck(),
        new WslNetworkModeCheck(),
        new DnsCheck(),
        new ProxyCheck()));
    checks.addAll(GoFolderCheck.all());
    checks.addAll(List.of(new PathGoCheck(), new GoEnvCheck(), new GoVersionCheck(), new VsCodeCheck(), new DefenderCheck()));
    return List.copyOf(checks);
  }
}
