package dev.goready.doctor.checks;

import dev.goready.doctor.Check;
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
        new ProxyCheck(),
        new ReachCheck()));
    checks.addAll(GoFolderCheck.all());
    checks.addAll(List.of(new PathGoCheck(), new GoEnvCheck(), new GoTreeCheck(), new GoVersionCheck(), new GoModCheck(), new GoSettingsCheck(), new GoToolsCheck(), new VsCodeCheck(), new EditorPathCheck(), new DefenderCheck()));
    return List.copyOf(checks);
  }
}
