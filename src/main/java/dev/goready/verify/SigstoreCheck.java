package dev.goready.verify;

import dev.goready.GoreadyException;
import dev.goready.HttpStatusException;
import java.net.URI;
import java.nio.file.Path;

/** Verifies a Sigstore bundle over an artifact for one expected signer identity. */
public interface SigstoreCheck {
  /** For when no signer is configured: every bundle is "unavailable", naming the missing settings. */
  SigstoreCheck NOT_CONFIGURED = (artifact, bundle) -> CheckResult.unavailable(Method.SIGSTORE,
      "no expected signer: set --certificate-identity and --certificate-oidc-issuer (or GOREADY_SIGSTORE_IDENTITY and GOREADY_SIGSTORE_ISSUER)");

  CheckResult verify(Path artifact, byte[] bundleJson);

  /** The bundle a mirror publishes next to the archive ({@code <file>.sigstore.json}); none there is "unavailable". */
  default CheckResult fetchAndVerify(Path artifact, URI bundleUrl, EvidenceSource download) {
    byte[] bundle;
    try {
      bundle = download.get(bundleUrl, "Sigstore bundle");
    } catch (HttpStatusException e) {
      return CheckResult.unavailable(Method.SIGSTORE, "no bundle at " + bundleUrl + " (HTTP " + e.status() + ")");
    } catch (GoreadyException e) {
      return CheckResult.unavailable(Method.SIGSTORE, e.getMessage());
    }
    return verify(artifact, bundle);
  }
}
