package dev.goready.cli;

import dev.goready.app.TrustFlags;
import picocli.CommandLine.Option;

/** Which keys and signers to trust beyond the defaults shipped in goready; shared by install and verify. */
final class TrustOptions {
  @Option(names = "--keyring", paramLabel = "FILE",
      description = "A newer copy of Google's signing key (linux_signing_key.pub) for .asc checks; it must hold the pinned primary key (default: GOREADY_PGP_KEYRING, else the copy in goready).")
  String keyring;

  @Option(names = "--certificate-identity", paramLabel = "ID", description = "Signer identity a Sigstore certificate must name (default: GOREADY_SIGSTORE_IDENTITY).")
  String identity;

  @Option(names = "--certificate-oidc-issuer", paramLabel = "URL", description = "OIDC issuer that vouched for that identity (default: GOREADY_SIGSTORE_ISSUER).")
  String issuer;

  @Option(names = "--trusted-root", paramLabel = "FILE", description = "Sigstore trusted_root.json (default: GOREADY_SIGSTORE_TRUSTED_ROOT, else the public-good root in goready).")
  String trustedRoot;

  TrustFlags flags() {
    return new TrustFlags(keyring, identity, issuer, trustedRoot);
  }
}
