package dev.goready.wsl;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Windows port proxies to a WSL2 distro in NAT mode: the netsh and firewall commands, and the rules
 * netsh already has. A rule pointing at an address the distro no longer has is stale (WSL2 hands out a
 * new address on every start).
 */
public final class PortProxy {
  private static final Pattern INET = Pattern.compile("inet (\\d+\\.\\d+\\.\\d+\\.\\d+)/");
  private static final Pattern IPV4 = Pattern.compile("\\d+\\.\\d+\\.\\d+\\.\\d+");

  private PortProxy() {}

  /** A rule from `netsh interface portproxy show v4tov4`. */
  public record Rule(String listenAddress, int listenPort, String connectAddress, int connectPort) {}

  /** The distro's address from `ip -4 addr show eth0`, else the first of `hostname -I`. */
  public static Optional<String> address(String ipAddrOutput, String hostnameOutput) {
    Matcher m = INET.matcher(ipAddrOutput);
    if (m.find()) {
      return Optional.of(m.group(1));
    }
    return java.util.Arrays.stream(hostnameOutput.strip().split("\\s+")).filter(a -> IPV4.matcher(a).matches()).findFirst();
  }

  public static List<String> addCommands(int port, String address) {
    return List.of(
        "netsh interface portproxy add v4tov4 listenport=" + port + " listenaddress=0.0.0.0 connectport=" + port + " connectaddress=" + address,
        "New-NetFirewallRule -DisplayName 'WSL port " + port + "' -Direction Inbound -Action Allow -Protocol TCP -LocalPort " + port);
  }

  public static List<String> removeCommands(int port) {
    return List.of(
        "netsh interface portproxy delete v4tov4 listenport=" + port + " listenaddress=0.0.0.0",
        "Remove-NetFirewallRule -DisplayName 'WSL port " + port + "'");
  }

  /** Rows of four fields (address port address port), whatever language the headers are in. */
  public static List<Rule> parseShow(String output) {
    List<Rule> rules = new ArrayList<>();
    for (String line : output.split("\\R")) {
      String[] f = line.strip().split("\\s+");
      if (f.length == 4 && f[1].matches("\\d+") && f[3].matches("\\d+") && !f[0].startsWith("-")) {
        rules.add(new Rule(f[0], Integer.parseInt(f[1]), f[2], Integer.parseInt(f[3])));
      }
    }
    return rules;
  }
}
