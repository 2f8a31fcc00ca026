package dev.goready.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real bundle from sigstore-java's published test data (bundle.v3_1.sigstore: signed by
 * appu@google.com through accounts.google.com, Rekor entry 41958702), verified offline against the
 * public-good trusted root goready ships.
 */
class SigstoreJavaCheckTest {
  static final byte[] ARTIFACT_SHA256 = HexFormat.of().parseHex("a0cfc71271d6e278e57cd332ff957c3f7043fdda354c4cbb190a30d56efa01bf");
  static byte[] bundle;

  @BeforeAll
  static void load() throws Exception {
    try (InputStream in = SigstoreJavaCheckTest.class.getResourceAsStream("/sigstore/bundle.v3_1.sigstore")) {
      bundle = in.readAllBytes();
    }
  }

  @Test
  void theRightArtifactAndSignerVerify() {
    CheckResult result = SigstoreJavaCheck.of(Optional.empty(), "appu@google.com", "https://accounts.google.com").verifyDigest(ARTIFACT_SHA256, bundle);
    assertThat(result.status()).as(result.reason()).isEqualTo(CheckResult.Status.OK);
    assertThat(result.evidence()).containsEntry("logIndex", 41958702L);
  }

  @Test
  void aBundleForAnotherArtifactFails() {
    byte[] other = ARTIFACT_SHA256.clone();
    other[0] ^= 1;
    CheckResult result = SigstoreJavaCheck.of(Optional.empty(), "appu@google.com", "https://accounts.google.com").verifyDigest(other, bundle);
    assertThat(result.status()).isEqualTo(CheckResult.Status.FAIL);
  }

  @Test
  void aBundleForAnotherIdentityOrIssuerFails() {
    CheckResult identity = SigstoreJavaCheck.of(Optional.empty(), "release@golang.org", "https://accounts.google.com").verifyDigest(ARTIFACT_SHA256, bundle);
    assertThat(identity.status()).isEqualTo(CheckResult.Status.FAIL);
    assertThat(identity.reason()).contains("identit");
    CheckResult issuer = SigstoreJavaCheck.of(Optional.empty(), "appu@google.com", "https://token.actions.githubusercontent.com").verifyDigest(ARTIFACT_SHA256, bundle);
    assertThat(issuer.status()).isEqualTo(CheckResult.Status.FAIL);
  }

  @Test
  void garbageIsNotABundle() {
    CheckResult result = SigstoreJavaCheck.of(Optional.empty(), "a", "b").verifyDigest(ARTIFACT_SHA256, "{\"mediaType\":\"nope\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(result.status()).isEqualTo(CheckResult.Status.FAIL);
  }

  /** Found by VerifyPropertiesTest: a bad base64 certificate was an IllegalArgumentException out of verify. */
  @Test
  void aBundleWithABrokenCertificateFailsWithAReason() {
    byte[] broken = new String(bundle, java.nio.charset.StandardCharsets.UTF_8).replaceFirst("\"rawBytes\":\"MII", "\"rawBytes\":\"~II")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    CheckResult result = SigstoreJavaCheck.of(Optional.empty(), "appu@google.com", "https://accounts.google.com").verifyDigest(ARTIFACT_SHA256, broken);
    assertThat(result.status()).isEqualTo(CheckResult.Status.FAIL);
    assertThat(result.reason()).startsWith("not a Sigstore bundle");
  }
}
