package dev.goready.doctor.checks;

import dev.goready.doctor.Probe;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Go's settings as the go command sees them: `go env` when a go runs, else the environment and Go's defaults. */
final class GoSettings {
  private GoSettings() {}

  static Optional<String> get(Probe probe, String name) {
    return probe.goEnv().flatMap(env -> env.get(name)).or(() -> probe.env(name));
  }

  static String goproxy(Probe probe) {
    return get(probe, "GOPROXY").orElse("https://proxy.golang.org,direct");
  }

  /** The hosts of GOPROXY's URL entries, in order ("direct" and "off" are not hosts). */
  static List<String> proxyHosts(Probe probe) {
    List<String> hosts = new ArrayList<>();
    for (String entry : goproxy(probe).split("[,|]")) {
      try {
        String host = URI.create(entry.strip()).getHost();
        if (host != null) {
          hosts.add(host);
        }
      } catch (IllegalArgumentException e) {
        // net.proxy reports malformed entries
      }
    }
    return hosts;
  }

  /** GOSUMDB's host: "sum.golang.org", "sum.golang.org+<key> https://sum.golang.google.cn" → its URL's host. */
  static Optional<String> sumdbHost(Probe probe) {
    String sumdb = get(probe, "GOSUMDB").orElse("sum.golang.org");
    if (sumdb.equalsIgnoreCase("off")) {
      return Optional.empty();
    }
    String[] words = sumdb.strip().split("\\s+");
    if (words.length > 1) {
      try {
        return Optional.ofNullable(URI.create(words[words.length - 1]).getHost());
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }
    return Optional.of(words[0].replaceFirst("\\+.*$", "").toLowerCase(Locale.ROOT));
  }
}
