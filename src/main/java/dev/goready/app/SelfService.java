package dev.goready.app;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.config.Setting;
import dev.goready.fetch.Fetcher;
import dev.goready.fetch.SourceUrl;
import dev.goready.install.JunctionCurrentLink;
import dev.goready.install.SymlinkCurrentLink;
import dev.goready.self.SelfHome;
import dev.goready.self.SelfUpdater;
import dev.goready.verify.Method;
import dev.goready.verify.SigstoreCheck;
import dev.goready.verify.SigstoreJavaCheck;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/** goready self update and rollback: the updater, wired to goready's settings, network and audit log. */
public final class SelfService {
  /** Who signs goready's releases: the release workflow, for the version's tag, through GitHub's OIDC issuer. */
  static final String RELEASE_WORKFLOW = "https://github.com/goready/goready/.github/workflows/release.yml@refs/tags/v";
  static final String GITHUB_ISSUER = "https://token.actions.githubusercontent.com";

  private final Composition parts;

  SelfService(Composition parts) {
    this.parts = parts;
  }

  public SelfHome home() {
    return new SelfHome(parts.store().home(), parts.host().os().windowsConventions() ? new JunctionCurrentLink(parts.host()) : new SymlinkCurrentLink());
  }

  /** Installs and switches to {@code version} (the newest when empty), under the store lock. */
  public SelfUpdater.Outcome update(Optional<String> version, String requireFlag) throws Exception {
    try (Fetcher fetcher = parts.fetcher(SourceFlags.NONE)) {
      SelfUpdater updater = updater(fetcher, requireFlag);
      return parts.locked(activation -> updater.update(version));
    }
  }

  public SelfUpdater.Updated rollback() throws Exception {
    try (Fetcher fetcher = parts.fetcher(SourceFlags.NONE)) {
      SelfUpdater updater = updater(fetcher, null);
      return parts.locked(activation -> updater.rollback());
    }
  }

  private SelfUpdater updater(Fetcher fetcher, String requireFlag) {
    var url = parts.settings().resolve(Setting.SELF_URL).orElseThrow();
    URI releases = SourceUrl.parse(url.value().replaceAll("/+$", ""), "goready's releases (" + url.source() + ")", false);
    if (releases.getScheme().equals("file")) {
      throw new GoreadyException(ExitCode.USAGE, "goready's releases (" + url.source() + ") must be served over https, not " + url.value(),
          "point GOREADY_SELF_URL at a mirror of the releases page");
    }
    Optional<Function<String, SigstoreCheck>> signer = Optional.empty();
    if (parts.policy(requireFlag).requires(Method.SIGSTORE)) {
      Optional<Path> root = parts.settings().resolve(Setting.SIGSTORE_TRUSTED_ROOT).map(r -> Path.of(r.value()));
      signer = Optional.of(version -> SigstoreJavaCheck.of(root, RELEASE_WORKFLOW + version, GITHUB_ISSUER));
    }
    return new SelfUpdater(parts.host(), fetcher, releases, home(), parts.store().downloads(), parts.audit(), parts.reporter(false), signer);
  }
}
