package dev.goready.cli;

import dev.goready.config.Setting;
import dev.goready.config.Settings;
import dev.goready.provenance.SigstoreCheck;
import dev.goready.provenance.SigstoreJavaCheck;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Whose Sigstore signature to expect, and under which trusted root; shared by install and verify. */
final class SigstoreOptions {
  @Option(names = "--certificate-identity", paramLabel = "ID", description = "Signer identity a Sigstore certificate must name (default: GOREADY_SIGSTORE_IDENTITY).")
  String identity;

  @Option(names = "--certificate-oidc-issuer", paramLabel = "URL", description = "OIDC issuer that vouched for that identity (default: GOREADY_SIGSTORE_ISSUER).")
  String issuer;

  @Option(names = "--trusted-root", paramLabel = "FILE", description = "Sigstore trusted_root.json (default: GOREADY_SIGSTORE_TRUSTED_ROOT, else the public-good root in goready).")
  String trustedRoot;

  /** The configured check, or one that reports "unavailable" naming what is missing. */
  SigstoreCheck check(Services services) {
    Settings settings = services.settings();
    Optional<String> id = settings.resolve(Setting.SIGSTORE_IDENTITY, identity, "--certificate-identity").map(Settings.Resolved::value);
    Optional<String> oidc = settings.resolve(Setting.SIGSTORE_ISSUER, issuer, "--certificate-oidc-issuer").map(Settings.Resolved::value);
    if (id.isEmpty() || oidc.isEmpty()) {
      return SigstoreCheck.NOT_CONFIGURED;
    }
    Optional<Path> root = settings.resolve(Setting.SIGSTORE_TRUSTED_ROOT, trustedRoot, "--trusted-root").map(r -> Path.of(r.value()));
    return SigstoreJavaCheck.of(root, id.get(), oidc.get());
  }
}
