package dev.goready.verify;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.sigstore.KeylessVerificationException;
import dev.sigstore.KeylessVerifier;
import dev.sigstore.VerificationOptions;
import dev.sigstore.bundle.Bundle;
import dev.sigstore.bundle.BundleParseException;
import dev.sigstore.strings.StringMatcher;
import dev.sigstore.trustroot.SigstoreTrustedRoot;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A Sigstore bundle checked offline by sigstore-java against a trusted root (Sigstore's public-good
 * root shipped in the jar, or a team's own): Fulcio certificate chain and SCT, the signer's identity
 * and OIDC issuer, the signature over the artifact's digest, and the Rekor entry with its proof.
 */
public final class SigstoreJavaCheck implements SigstoreCheck {
  private static final String PUBLIC_GOOD_ROOT = "sigstore-public-good-trusted-root.json";

  private final byte[] trustedRoot;
  private final String trustedRootName;
  private final String identity;
  private final String issuer;

  private SigstoreJavaCheck(byte[] trustedRoot, String trustedRootName, String identity, String issuer) {
    this.trustedRoot = trustedRoot;
    this.trustedRootName = trustedRootName;
    this.identity = identity;
    this.issuer = issuer;
  }

  /** Expects certificates for {@code identity} from {@code issuer}, chained to the given root (else public-good). */
  public static SigstoreJavaCheck of(Optional<Path> trustedRoot, String identity, String issuer) {
    try {
      if (trustedRoot.isPresent()) {
        return new SigstoreJavaCheck(Files.readAllBytes(trustedRoot.get()), trustedRoot.get().toString(), identity, issuer);
      }
      try (InputStream in = SigstoreJavaCheck.class.getResourceAsStream(PUBLIC_GOOD_ROOT)) {
        return new SigstoreJavaCheck(in.readAllBytes(), "Sigstore public-good root", identity, issuer);
      }
    } catch (IOException e) {
      throw new GoreadyException(ExitCode.USAGE, "cannot read the trusted root " + trustedRoot.map(Path::toString).orElse(PUBLIC_GOOD_ROOT) + ": " + e.getMessage(),
          "pass --trusted-root with a Sigstore trusted_root.json");
    }
  }

  @Override
  public CheckResult verify(Path artifact, byte[] bundleJson) {
    try {
      return verifyDigest(HexFormat.of().parseHex(Sha256.ofFile(artifact)), bundleJson);
    } catch (IOException e) {
      throw new GoreadyException(ExitCode.LOCAL, "cannot read " + artifact + ": " + e.getMessage(), null);
    }
  }

  /** The check over an artifact known by its SHA-256 (what a hashedrekord entry signs). */
  public CheckResult verifyDigest(byte[] artifactSha256, byte[] bundleJson) {
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("identity", identity);
    evidence.put("issuer", issuer);
    evidence.put("trustedRoot", trustedRootName);
    evidence.put("artifactSha256", HexFormat.of().formatHex(artifactSha256));
    Bundle bundle;
    try {
      bundle = Bundle.from(new StringReader(new String(bundleJson, StandardCharsets.UTF_8)));
    } catch (BundleParseException | RuntimeException e) {
      return CheckResult.fail(Method.SIGSTORE, "not a Sigstore bundle: " + e.getMessage(), evidence);
    }
    bundle.getEntries().stream().findFirst().ifPresent(entry -> evidence.put("logIndex", entry.getLogIndex()));
    KeylessVerifier verifier;
    try {
      SigstoreTrustedRoot root = SigstoreTrustedRoot.from(new ByteArrayInputStream(trustedRoot));
      verifier = KeylessVerifier.builder().trustedRootProvider(() -> root).build();
    } catch (GeneralSecurityException | dev.sigstore.trustroot.SigstoreConfigurationException e) {
      throw new GoreadyException(ExitCode.USAGE, "the trusted root " + trustedRootName + " is not usable: " + e.getMessage(), "pass --trusted-root with a Sigstore trusted_root.json");
    }
    VerificationOptions options = VerificationOptions.builder()
        .addCertificateMatchers(VerificationOptions.CertificateMatcher.fulcio()
            .subjectAlternativeName(StringMatcher.string(identity))
            .issuer(StringMatcher.string(issuer))
            .build())
        .build();
    try {
      verifier.verify(artifactSha256, bundle, options);
    } catch (KeylessVerificationException e) {
      return CheckResult.fail(Method.SIGSTORE, e.getMessage(), evidence);
    } catch (RuntimeException malformed) {
      // sigstore-java decodes some fields (base64 certificates, signatures) only while verifying.
      return CheckResult.fail(Method.SIGSTORE, "not a Sigstore bundle: " + malformed.getMessage(), evidence);
    }
    return CheckResult.ok(Method.SIGSTORE, "signed by " + identity + " (" + issuer + "), Rekor entry " + evidence.getOrDefault("logIndex", "?"), evidence);
  }
}
