package dev.goready.doctor.checks;

import dev.goready.doctor.Check;
import dev.goready.doctor.Fix;
import dev.goready.doctor.Probe;
import dev.goready.doctor.Result;
import dev.goready.fetch.ProxySettings;
import dev.goready.fetch.SourceUrl;
import dev.goready.host.HostKind;
import dev.goready.host.Secrets;
import dev.goready.release.ToolchainSetting;
import dev.goready.wsl.WindowsHost;
import dev.goready.wsl.WslConfigFile;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Proxies and Go's module settings, checked for the mistakes that cost an afternoon: a proxy on
 * localhost inside WSL2's NAT (that is the distro, not Windows), GOPROXY=off, GOSUMDB=off, a
 * GOTOOLCHAIN or GOFLAGS the go command rejects. Values are shown with credentials redacted.
 */
public final class ProxyCheck implements Check {
  static final List<String> PROXY_VARIABLES = List.of("HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY", "NO_PROXY");
  static final List<String> GO_VARIABLES = List.of("GOPROXY", "GOSUMDB", "GOPRIVATE", "GONOSUMDB", "GONOPROXY", "GOINSECURE", "GOFLAGS", "GOTOOLCHAIN");

  @Override
  public String id() {
    return "net.proxy";
  }

  @Override
  public Result run(Probe probe) {
    List<String> details = new ArrayList<>();
    for (String name : PROXY_VARIABLES) {
      variable(probe, name).ifPresent(v -> details.add(name + "=" + Secrets.redactVariable(name, v)));
    }
    for (String name : GO_VARIABLES) {
      GoSettings.get(probe, name).ifPresent(v -> details.add(name + "=" + Secrets.redactVariable(name, v)));
    }
    Optional<Result> problem = proxyProblem(probe, details)
        .or(() -> goproxyProblem(probe, details))
        .or(() -> toolchainProblem(probe, details))
        .or(() -> goflagsProblem(probe, details))
        .or(() -> weakenedChecks(probe, details));
    return problem.orElseGet(() -> Result.ok(
        variable(probe, "HTTPS_PROXY").map(p -> "proxy " + Secrets.redactUrls(p)).orElse("no proxy") + "; GOPROXY=" + Secrets.redactUrls(GoSettings.goproxy(probe)),
        details));
  }

  private static Optional<String> variable(Probe probe, String name) {
    return ProxySettings.variable(probe.host(), name);
  }

  private static Optional<Result> proxyProblem(Probe probe, List<String> details) {
    for (String name : List.of("HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY")) {
      Optional<String> value = variable(probe, name);
      if (value.isEmpty()) {
        continue;
      }
      URI uri;
      try {
        uri = URI.create(value.get().contains("://") ? value.get() : "http://" + value.get());
      } catch (IllegalArgumentException e) {
        return Optional.of(Result.fail(name + " is not a URL: " + Secrets.redactUrls(value.get()), details,
            Fix.of("Set it as scheme://host:port.", "export " + name + "=http://proxy.example.com:3128")));
      }
      if (uri.getHost() == null) {
        return Optional.of(Result.fail(name + " names no host: " + Secrets.redactUrls(value.get()), details,
            Fix.of("Set it as scheme://host:port.", "export " + name + "=http://proxy.example.com:3128")));
      }
      if (probe.kind() == HostKind.WSL2 && SourceUrl.isLoopback(uri.getHost()) && !mirrored(probe)) {
        String port = uri.getPort() > 0 ? ":" + uri.getPort() : "";
        List<String> commands = new ArrayList<>();
        WindowsHost.address(probe.host()).ifPresent(gw -> commands.add("export " + name + "=" + uri.getScheme() + "://" + gw + port));
        commands.add("printf '[wsl2]\\nnetworkingMode=mirrored\\n' >> \"$(wslpath \"$(cmd.exe /c echo %USERPROFILE% 2>/dev/null | tr -d '\\r')\")/.wslconfig\"");
        commands.add("wsl.exe --shutdown");
        return Optional.of(Result.warn(name + " points at " + uri.getHost() + ", which inside WSL2 (NAT) is the distro, not Windows", details,
            new Fix(commands, "A proxy running on Windows is reached at the Windows host's address"
                + WindowsHost.address(probe.host()).map(a -> " (" + a + ")").orElse("") + ", or on localhost once WSL uses mirrored networking; the proxy must also listen on that interface.")));
      }
    }
    return Optional.empty();
  }

  private static boolean mirrored(Probe probe) {
    return WslConfigFile.mirrored(probe.wslConfig());
  }

  private static Optional<Result> goproxyProblem(Probe probe, List<String> details) {
    String goproxy = GoSettings.goproxy(probe);
    for (String entry : goproxy.split("[,|]")) {
      String e = entry.strip();
      if (e.equals("direct") || e.equals("off")) {
        continue;
      }
      if (!e.matches("(?i)(https?|file)://\\S+")) {
        return Optional.of(Result.fail("GOPROXY has an entry the go command rejects: '" + Secrets.redactUrls(e) + "'", details,
            Fix.of("GOPROXY is a list of URLs, 'direct' and 'off', separated by , or |.", "go env -w GOPROXY=https://proxy.golang.org,direct")));
      }
    }
    if (goproxy.strip().equals("off")) {
      return Optional.of(Result.warn("GOPROXY=off: the go command will not download any module", details,
          Fix.of("Allow downloads again (or point GOPROXY at your company's module proxy).", "go env -w GOPROXY=https://proxy.golang.org,direct")));
    }
    return Optional.empty();
  }

  private static Optional<Result> toolchainProblem(Probe probe, List<String> details) {
    return GoSettings.get(probe, "GOTOOLCHAIN").filter(t -> !ToolchainSetting.isValid(t))
        .map(t -> Result.fail("GOTOOLCHAIN=" + t + " is not a value the go command accepts", details,
            Fix.of("Use local (never download toolchains), auto, or a version such as go1.22.5 (+auto or +path).", "go env -w GOTOOLCHAIN=local")));
  }

  private static Optional<Result> goflagsProblem(Probe probe, List<String> details) {
    return GoSettings.get(probe, "GOFLAGS").flatMap(flags -> {
      for (String flag : flags.strip().split("\\s+")) {
        if (!flag.isEmpty() && !flag.startsWith("-")) {
          return Optional.of(Result.fail("GOFLAGS holds '" + flag + "', which is not a flag: every go command will fail", details,
              Fix.of("GOFLAGS is a space-separated list of -flag=value.", "go env -w GOFLAGS=-mod=readonly")));
        }
      }
      return Optional.empty();
    });
  }

  private static Optional<Result> weakenedChecks(Probe probe, List<String> details) {
    if (GoSettings.get(probe, "GOSUMDB").map(s -> s.strip().equals("off")).orElse(false)) {
      return Optional.of(Result.warn("GOSUMDB=off: module downloads are not checked against Go's checksum database", details,
          Fix.of("Keep the checksum database on and exempt only private modules with GOPRIVATE (or GONOSUMDB).", "go env -u GOSUMDB", "go env -w GOPRIVATE=*.corp.example.com")));
    }
    if (GoSettings.get(probe, "GOINSECURE").isPresent()) {
      return Optional.of(Result.warn("GOINSECURE lets modules be fetched without TLS", details,
          Fix.of("Serve the module host over HTTPS and drop GOINSECURE.", "go env -u GOINSECURE")));
    }
    return Optional.empty();
  }
}
