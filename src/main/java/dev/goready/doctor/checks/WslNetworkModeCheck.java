package dev.goready.doctor.checks;

import dev.goready.doctor.Check;
import dev.goready.doctor.Probe;
import dev.goready.doctor.Result;
import dev.goready.host.HostKind;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** WSL2's networking mode (.wslconfig [wsl2] networkingMode) and what it means for localhost. */
public final class WslNetworkModeCheck implements Check {

  @Override
  public String id() {
    return "net.mode";
  }

  @Override
  public Set<HostKind> machines() {
    return Set.of(HostKind.WSL2, HostKind.WINDOWS);
  }

  @Override
  public String notHere(HostKind kind) {
    return kind == HostKind.WSL1 ? "WSL1 shares Windows' network stack" : "not WSL";
  }

  @Override
  public Result run(Probe probe) {
    String where = probe.windowsProfile().map(p -> p.resolve(".wslconfig").toString()).orElse("%USERPROFILE%\\.wslconfig (not found)");
    // WSL 2.0.x read networkingMode and dnsTunneling from [experimental]; newer WSL reads them from [wsl2].
    java.util.Optional<String> fromWsl2 = probe.wslConfig().get("wsl2", "networkingMode");
    java.util.Optional<String> fromExperimental = probe.wslConfig().get("experimental", "networkingMode");
    String mode = fromWsl2.or(() -> fromExperimental).orElse("nat").toLowerCase(Locale.ROOT);
    List<String> details = new java.util.ArrayList<>(List.of("networkingMode=" + mode + " (from " + where
        + (fromWsl2.isEmpty() && fromExperimental.isPresent() ? " [experimental]" : "") + ")",
        "dnsTunneling=" + probe.wslConfig().get("wsl2", "dnsTunneling").or(() -> probe.wslConfig().get("experimental", "dnsTunneling")).orElse("default")));
    if (fromWsl2.isEmpty() && fromExperimental.isPresent()) {
      details.add("networkingMode is set in [experimental], which only WSL 2.0.x reads; WSL 2.1 and newer read it from [wsl2]");
    }
    return switch (mode) {
      case "mirrored" -> Result.ok("mirrored: WSL shares Windows' interfaces; localhost is the same on both sides", details);
      case "nat" -> Result.ok("NAT: Windows reaches WSL servers on localhost, but localhost inside WSL is the distro, not Windows", details);
      default -> Result.ok(mode + " networking", details);
    };
  }
}
