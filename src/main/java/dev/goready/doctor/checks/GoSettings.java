package dev.goready.doctor.checks;

import dev.goready.doctor.Probe;
import dev.goready.doctor.Result;
import dev.goready.host.HostKind;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Go's settings as the go command sees them: `go env` when a go runs, else the environment and Go's defaults. */
final class GoSettings {
  private GoSettings() {}

  /** Why a check that reads `go env -json` has nothing to read. */
  static Result noGoEnv(Probe probe) {
    return Result.skip(probe.goOnPath().isEmpty() ? "no go on PATH (see path.go)" : "go env -json did not answer (see go.env)");
  }

  /** Clearing a variable the environment sets: for this shell, or the Windows user environment. */
  static String unsetVariable(Probe probe, String name) {
    return probe.kind() == HostKind.WINDOWS ? "[Environment]::SetEnvironmentVariable('" + name + "', $null, 'User')" : "unset " + name;
  }

  /** Clearing a setting where it was made: the environment (a profile) or Go's env file. */
  static String clearWhereSet(Probe probe, String name) {
    return probe.env(name).isPresent() ? unsetVariable(probe, name) : "go env -u " + name;
  }

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

  /** GOPROXY's first entry as written ("https://proxy.golang.org", "direct", "off"); empty when it has none. */
  static Optional<String> firstProxyEntry(Probe probe) {
    return Optional.of(goproxy(probe).split("[,|]")[0].strip()).filter(e -> !e.isEmpty());
  }

  /** GOSUMDB's host: "sum.golang.org", "sum.golang.org+<key> https://sum.golang.google.cn" → its URL's host. */
  static Optional<String> sumdbHost(Probe probe) {
    return sumdbUrl(probe).map(URI::getHost);
  }

  /** GOSUMDB's name, its first word without the key: the name go asks a proxy for under /sumdb/. */
  static Optional<String> sumdbName(Probe probe) {
    return sumdbWords(probe).map(GoSettings::sumdbName);
  }

  /** Where go reaches GOSUMDB directly: the URL after its name, else https://NAME; empty when off or unusable. */
  static Optional<URI> sumdbUrl(Probe probe) {
    return sumdbWords(probe).flatMap(words -> {
      try {
        URI uri = URI.create(words.length > 1 ? words[words.length - 1] : "https://" + sumdbName(words));
        return Optional.ofNullable(uri.getHost()).map(host -> uri);
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    });
  }

  private static String sumdbName(String[] words) {
    return words[0].replaceFirst("\\+.*$", "").toLowerCase(Locale.ROOT);
  }

  /** GOSUMDB's words; blank is go's default, sum.golang.org, and "off" has none. */
  private static Optional<String[]> sumdbWords(Probe probe) {
    String sumdb = get(probe, "GOSUMDB").map(String::strip).filter(v -> !v.isEmpty()).orElse("sum.golang.org");
    return sumdb.equalsIgnoreCase("off") ? Optional.empty() : Optional.of(sumdb.split("\\s+"));
  }
}
