package dev.goready.cli;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.config.Setting;
import dev.goready.config.Settings;
import dev.goready.provenance.GoReleaseKey;
import dev.goready.verify.OpenPgpVerifier;
import dev.goready.verify.SigstoreCheck;
import dev.goready.verify.SigstoreJavaCheck;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
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

  /** Google's key from --keyring or GOREADY_PGP_KEYRING, still pinned by its fingerprint; else the shipped copy. */
  Supplier<OpenPgpVerifier> googleKey(Services services) {
    Optional<Settings.Resolved> file = services.settings().resolve(Setting.PGP_KEYRING, keyring, "--keyring");
    return () -> {
      try {
        if (file.isEmpty()) {
          return GoReleaseKey.shipped();
        }
        try (InputStream in = Files.newInputStream(Path.of(file.get().value()))) {
          return OpenPgpVerifier.pinned(in, GoReleaseKey.FINGERPRINT).orElseThrow(() -> new GoreadyException(ExitCode.USAGE,
              file.get().source() + ": " + file.get().value() + " does not hold Google's release key " + GoReleaseKey.FINGERPRINT,
              "use https://dl.google.com/linux/linux_signing_key.pub"));
        }
      } catch (IOException e) {
        throw new GoreadyException(ExitCode.USAGE, "cannot read the OpenPGP key " + file.map(Settings.Resolved::value).orElse("shipped in goready") + ": " + e.getMessage(),
            "use https://dl.google.com/linux/linux_signing_key.pub");
      }
    };
  }

  /** The configured Sigstore check, or one that reports "unavailable" naming what is missing. */
  SigstoreCheck sigstore(Services services) {
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
