package dev.goready.verify;

import dev.goready.GoreadyException;
import dev.goready.testing.Fuzz;
import dev.goready.testing.TestPgpKeys;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/** Fuzz targets for what a mirror hands verification: detached OpenPGP signatures and Sigstore bundles. */
@Tag("fuzz")
class VerifyPropertiesTest {
  private static final byte[] DATA = "go1.22.5.linux-amd64.tar.gz bytes".getBytes(StandardCharsets.UTF_8);
  private static final TestPgpKeys KEYS;
  private static final OpenPgpVerifier VERIFIER;
  private static final byte[] SIGNATURE;
  private static final byte[] BUNDLE;

  static {
    try {
      KEYS = TestPgpKeys.primary("Release Signing <release@example.com>", Duration.ofDays(300));
      var subkey = KEYS.addSigningSubkey(Duration.ofDays(100), Duration.ofDays(1000));
      VERIFIER = OpenPgpVerifier.pinned(new ByteArrayInputStream(KEYS.armoredPublicKey()), KEYS.fingerprint()).orElseThrow();
      SIGNATURE = TestPgpKeys.sign(subkey, DATA, Duration.ZERO);
      try (InputStream in = VerifyPropertiesTest.class.getResourceAsStream("/sigstore/bundle.v3_1.sigstore")) {
        BUNDLE = in.readAllBytes();
      }
    } catch (Exception e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @Provide
  Arbitrary<byte[]> signatures() {
    return Fuzz.nearBytes(List.of(SIGNATURE));
  }

  /** A mangled .asc is a fail with a reason (or an IOException the caller reports), never a crash. */
  @Property
  void signaturesVerifyOrFailWithAReason(@ForAll("signatures") byte[] asc) {
    Fuzz.only(asc, () -> VERIFIER.verify(new ByteArrayInputStream(DATA), new ByteArrayInputStream(asc)), IOException.class, GoreadyException.class);
  }

  @Provide
  Arbitrary<byte[]> bundles() {
    return Fuzz.nearBytes(List.of(BUNDLE));
  }

  @Property
  void bundlesVerifyOrFailWithAReason(@ForAll("bundles") byte[] bundle) {
    SigstoreJavaCheck check = SigstoreJavaCheck.of(Optional.empty(), "appu@google.com", "https://accounts.google.com");
    Fuzz.only(bundle, () -> check.verifyDigest(SigstoreJavaCheckTest.ARTIFACT_SHA256, bundle), GoreadyException.class);
  }
}
