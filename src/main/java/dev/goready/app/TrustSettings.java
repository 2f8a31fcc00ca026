package dev.goready.app;

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

/** The keys and signers trusted for a release: the flags, else the settings, else what goready ships. */
final class TrustSettings {
  private final Settings settings;
  private final TrustFlags flags;

  TrustSettings(Settings settings, TrustFlags flags) {
    this.settings = settings;
    this.flags = flags;
  }

  /** Google's key from --keyring or GOREADY_PGP_KEYRING, still pinned by its fingerprint; else the shipped copy. */
  Supplier<OpenPgpVerifier> googleKey() {
    Optional<Settings.Resolved> file = settings.resolve(Setting.PGP_KEYRING, flags.keyring(), "--keyring");
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
  SigstoreCheck sigstore() {
    Optional<String> id = settings.resolve(Setting.SIGSTORE_IDENTITY, flags.identity(), "--certificate-identity").map(Settings.Resolved::value);
    Optional<String> oidc = settings.resolve(Setting.SIGSTORE_ISSUER, flags.issuer(), "--certificate-oidc-issuer").map(Settings.Resolved::value);
    if (id.isEmpty() || oidc.isEmpty()) {
      return SigstoreCheck.NOT_CONFIGURED;
    }
    Optional<Path> root = settings.resolve(Setting.SIGSTORE_TRUSTED_ROOT, flags.trustedRoot(), "--trusted-root").map(r -> Path.of(r.value()));
    return SigstoreJavaCheck.of(root, id.get(), oidc.get());
  }
}
