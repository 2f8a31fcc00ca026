package dev.goready.app;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.config.Setting;
import dev.goready.fetch.Fetcher;
import dev.goready.fetch.ReleaseSource;
import dev.goready.install.InstallOutcome;
import dev.goready.install.InstallRequest;
import dev.goready.install.ToolchainSource;
import dev.goready.release.GoMod;
import dev.goready.release.Platform;
import dev.goready.release.Selector;
import dev.goready.verify.Policy;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * goready install: chooses where the toolchain comes from (index, proxy or MSI), resolves the
 * policy, and runs that source under the store lock after recovering whatever a crashed run left.
 */
public final class InstallService {
  /**
   * What was asked, flags unresolved: {@code selector} as typed ("go.mod" reads {@code modfile},
   * else ./go.mod); {@code source} and {@code require} are empty when not given.
   */
  public record Request(String selector, Optional<Path> modfile, Platform platform, boolean pre, boolean allowUnverified, boolean msi,
      Optional<String> source, Optional<String> require, boolean quiet, Optional<Boolean> makeCurrent, SourceFlags sources, TrustFlags trust) {}

  private final Composition parts;

  InstallService(Composition parts) {
    this.parts = parts;
  }

  public InstallOutcome install(Request request) throws Exception {
    Selector wanted = selector(request);
    try (Fetcher fetcher = parts.fetcher(request.sources())) {
      ReleaseSource releases = parts.releases(fetcher, request.sources());
      Policy policy = parts.policy(request.require().orElse(null));
      boolean proxy = fromProxy(request.source());
      if (request.msi() && proxy) {
        throw new GoreadyException(ExitCode.USAGE, "--msi installs go.dev's signed MSI; it cannot come from a module proxy", "drop --msi, or use --source index");
      }
      ToolchainSource source = request.msi() ? parts.msiSource(fetcher, releases, policy)
          : proxy ? parts.proxyInstaller(fetcher, request.quiet(), policy)
          : parts.installer(fetcher, releases, request.quiet(), policy, parts.releaseVerifier(fetcher, request.trust()));
      // A project's go.mod installs beside the default unless --use says otherwise: two projects with different pins must not fight over current.
      boolean makeCurrent = request.makeCurrent().orElse(!fromModFile(request));
      InstallRequest resolved = new InstallRequest(wanted, request.platform(), request.pre(), request.allowUnverified(), makeCurrent);
      return parts.locked(activation -> source.install(resolved));
    }
  }

  private boolean fromProxy(Optional<String> flag) {
    var resolved = parts.settings().resolve(Setting.SOURCE, flag.orElse(null), "--source").orElseThrow();
    return switch (resolved.value().trim().toLowerCase(Locale.ROOT)) {
      case "index" -> false;
      case "proxy" -> true;
      default -> throw new GoreadyException(ExitCode.USAGE, resolved.source() + "='" + resolved.value() + "' is not a source", "use --source index or --source proxy");
    };
  }

  private static boolean fromModFile(Request request) {
    return request.selector().equalsIgnoreCase("go.mod") || request.modfile().isPresent();
  }

  private Selector selector(Request request) {
    if (!fromModFile(request)) {
      return Selector.parse(request.selector());
    }
    Path file = request.modfile().orElse(parts.host().cwd().resolve("go.mod"));
    String content = parts.host().readFile(file.toAbsolutePath())
        .orElseThrow(() -> new GoreadyException(ExitCode.USAGE, "no go.mod at " + file.toAbsolutePath(), "run in the module's folder, or pass --modfile FILE"));
    return GoMod.selector(content, file.toString());
  }
}
