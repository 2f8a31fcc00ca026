package dev.goready.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.provenance.GoReleaseKey;
import dev.goready.testing.TestPgpKeys;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.bouncycastle.openpgp.PGPKeyPair;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Detached signatures judged against a pinned primary key: which key signed, and whether it could at that moment. */
class OpenPgpVerifierTest {
  static final byte[] ARCHIVE = "pretend this is go1.22.5.linux-amd64.tar.gz".getBytes(StandardCharsets.UTF_8);
  static final Duration DAY = Duration.ofDays(1);

  static TestPgpKeys release;
  static PGPKeyPair current;
  static PGPKeyPair expired;
  static PGPKeyPair revoked;
  static OpenPgpVerifier verifier;

  @BeforeAll
  static void keys() throws Exception {
    release = TestPgpKeys.primary("Release Signing <release@example.com>", DAY.multipliedBy(3000));
    expired = release.addSigningSubkey(DAY.multipliedBy(1500), DAY.multipliedBy(1000)); // expired ~500 days ago
    current = release.addSigningSubkey(DAY.multipliedBy(100), DAY.multipliedBy(1000));
    revoked = release.addSigningSubkey(DAY.multipliedBy(50), Duration.ZERO);
    release.revoke(revoked);
    verifier = OpenPgpVerifier.pinned(new ByteArrayInputStream(release.armoredPublicKey()), release.fingerprint()).orElseThrow();
  }

  static CheckResult check(byte[] data, byte[] asc) throws Exception {
    return verifier.verify(new ByteArrayInputStream(data), new ByteArrayInputStream(asc));
  }

  @Test
  void aSignatureByAValidSubkeyIsOk() throws Exception {
    CheckResult result = check(ARCHIVE, TestPgpKeys.sign(current, ARCHIVE, DAY));
    assertThat(result.status()).as(result.reason()).isEqualTo(CheckResult.Status.OK);
    assertThat(result.evidence()).containsEntry("primaryFingerprint", release.fingerprint());
    assertThat(result.reason()).contains("subkey");
  }

  @Test
  void validityIsJudgedAtSignatureTime() throws Exception {
    CheckResult madeWhileValid = check(ARCHIVE, TestPgpKeys.sign(expired, ARCHIVE, DAY.multipliedBy(1000)));
    assertThat(madeWhileValid.status()).as(madeWhileValid.reason()).isEqualTo(CheckResult.Status.OK);
    CheckResult madeAfterExpiry = check(ARCHIVE, TestPgpKeys.sign(expired, ARCHIVE, DAY));
    assertThat(madeAfterExpiry.status()).isEqualTo(CheckResult.Status.FAIL);
    assertThat(madeAfterExpiry.reason()).contains("expired", "before the signature was made");
  }

  @Test
  void aRevokedSubkeyIsRefused() throws Exception {
    CheckResult result = check(ARCHIVE, TestPgpKeys.sign(revoked, ARCHIVE, DAY));
    assertThat(result.status()).isEqualTo(CheckResult.Status.FAIL);
    assertThat(result.reason()).contains("revoked");
  }

  @Test
  void aSignatureOverOtherBytesFails() throws Exception {
    CheckResult result = check("other bytes".getBytes(StandardCharsets.UTF_8), TestPgpKeys.sign(current, ARCHIVE, DAY));
    assertThat(result.status()).isEqualTo(CheckResult.Status.FAIL);
    assertThat(result.reason()).contains("does not match these bytes");
  }

  @Test
  void aSignatureByAnUnrelatedKeyFails() throws Exception {
    TestPgpKeys stranger = TestPgpKeys.primary("Mallory <m@example.com>", DAY);
    PGPKeyPair strangerKey = stranger.addSigningSubkey(DAY, Duration.ZERO);
    CheckResult result = check(ARCHIVE, TestPgpKeys.sign(strangerKey, ARCHIVE, Duration.ZERO));
    assertThat(result.status()).isEqualTo(CheckResult.Status.FAIL);
    assertThat(result.reason()).contains("neither " + release.fingerprint());
    // Google's real key, shipped in the jar, refuses it the same way.
    CheckResult google = GoReleaseKey.shipped().verify(new ByteArrayInputStream(ARCHIVE), new ByteArrayInputStream(TestPgpKeys.sign(strangerKey, ARCHIVE, Duration.ZERO)));
    assertThat(google.reason()).contains("neither EB4C1BFD4F042F6DDDCCEC917721F63BD38B4796");
  }

  @Test
  void garbageIsNotASignature() throws Exception {
    CheckResult result = check(ARCHIVE, "-----BEGIN PGP SIGNATURE-----\n\nnonsense\n-----END PGP SIGNATURE-----\n".getBytes(StandardCharsets.UTF_8));
    assertThat(result.status()).isEqualTo(CheckResult.Status.FAIL);
  }

  @Test
  void theShippedKeyIsGooglesPinnedKey() throws Exception {
    assertThat(OpenPgpVerifier.pinned(GoReleaseKey.class.getResourceAsStream("google-linux-signing-key.asc"), "EB4C 1BFD 4F04 2F6D DDCC  EC91 7721 F63B D38B 4796")).isPresent();
    assertThat(OpenPgpVerifier.pinned(new ByteArrayInputStream(release.armoredPublicKey()), GoReleaseKey.FINGERPRINT)).isEmpty();
  }
}
