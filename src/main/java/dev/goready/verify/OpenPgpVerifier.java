package dev.goready.verify;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.bcpg.sig.KeyFlags;
import org.bouncycastle.openpgp.PGPCompressedData;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureList;
import org.bouncycastle.openpgp.PGPSignatureSubpacketVector;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.bouncycastle.openpgp.bc.BcPGPPublicKeyRingCollection;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentVerifierBuilderProvider;

/**
 * Checks a detached OpenPGP signature (.asc) against one key, pinned by its primary fingerprint: the
 * signature's issuer must be that primary key or a subkey the primary bound to itself for signing,
 * and that key must have been valid, neither expired nor revoked, at the signature's creation time.
 * BouncyCastle's verify() proves only the mathematics; everything about which key and when is here.
 */
public final class OpenPgpVerifier {
  private final PGPPublicKeyRing ring;
  private final String fingerprint;

  private OpenPgpVerifier(PGPPublicKeyRing ring, String fingerprint) {
    this.ring = ring;
    this.fingerprint = fingerprint;
  }

  /** The ring in {@code keys} whose primary key has {@code fingerprint}; empty if none has. */
  public static Optional<OpenPgpVerifier> pinned(InputStream keys, String fingerprint) throws IOException {
    String wanted = fingerprint.replace(" ", "").toUpperCase(Locale.ROOT);
    try {
      BcPGPPublicKeyRingCollection rings = new BcPGPPublicKeyRingCollection(PGPUtil.getDecoderStream(keys));
      for (PGPPublicKeyRing candidate : rings) {
        if (hex(candidate.getPublicKey().getFingerprint()).equals(wanted)) {
          return Optional.of(new OpenPgpVerifier(candidate, wanted));
        }
      }
      return Optional.empty();
    } catch (PGPException e) {
      throw new IOException("not an OpenPGP key file: " + e.getMessage(), e);
    }
  }

  /** ok, or fail with the reason; the data stream is read to its end. */
  public CheckResult verify(InputStream data, InputStream signatureFile) throws IOException {
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("primaryFingerprint", fingerprint);
    PGPSignature signature;
    try {
      signature = readSignature(signatureFile);
    } catch (IOException | PGPException e) {
      return CheckResult.fail(Method.PGP, "the signature file is not an OpenPGP signature: " + e.getMessage(), evidence);
    }
    Instant signedAt = signature.getCreationTime().toInstant();
    evidence.put("keyId", String.format("%016X", signature.getKeyID()));
    evidence.put("signedAt", signedAt.toString());
    PGPPublicKey signer = ring.getPublicKey(signature.getKeyID());
    if (signer == null) {
      return CheckResult.fail(Method.PGP, "signed by key " + evidence.get("keyId") + ", which is neither " + fingerprint + " nor one of its subkeys", evidence);
    }
    evidence.put("signingKeyFingerprint", hex(signer.getFingerprint()));
    if (signature.getSignatureType() != PGPSignature.BINARY_DOCUMENT) {
      return CheckResult.fail(Method.PGP, "the signature is of type " + signature.getSignatureType() + ", not over a binary document", evidence);
    }
    try {
      Optional<String> invalid = validityProblem(signer, signedAt);
      if (invalid.isPresent()) {
        return CheckResult.fail(Method.PGP, invalid.get(), evidence);
      }
      signature.init(new BcPGPContentVerifierBuilderProvider(), signer);
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = data.read(buffer)) > 0; ) {
        signature.update(buffer, 0, n);
      }
      if (!signature.verify()) {
        return CheckResult.fail(Method.PGP, "the signature by " + hex(signer.getFingerprint()) + " does not match these bytes", evidence);
      }
    } catch (PGPException e) {
      return CheckResult.fail(Method.PGP, "the signature cannot be checked: " + e.getMessage(), evidence);
    }
    return CheckResult.ok(Method.PGP, "signed " + signedAt + " by " + (signer.isMasterKey() ? "the primary key " : "subkey " + hex(signer.getFingerprint()) + " of ") + fingerprint, evidence);
  }

  /** Why {@code key} could not sign at {@code when}; empty when it could. */
  private Optional<String> validityProblem(PGPPublicKey key, Instant when) throws PGPException {
    PGPPublicKey primary = ring.getPublicKey();
    if (revokedBy(primary, primary, PGPSignature.KEY_REVOCATION, when)) {
      return Optional.of("the primary key " + fingerprint + " is revoked");
    }
    Instant created = key.getCreationTime().toInstant();
    if (when.isBefore(created)) {
      return Optional.of("the signature (" + when + ") is older than the key that made it (" + created + ")");
    }
    if (key.isMasterKey()) {
      long seconds = key.getValidSeconds();
      return seconds > 0 && when.isAfter(created.plusSeconds(seconds))
          ? Optional.of("the primary key expired " + created.plusSeconds(seconds) + ", before the signature (" + when + ")")
          : Optional.empty();
    }
    PGPSignature binding = validBinding(primary, key).orElse(null);
    if (binding == null) {
      return Optional.of("subkey " + hex(key.getFingerprint()) + " carries no valid binding by " + fingerprint);
    }
    PGPSignatureSubpacketVector hashed = binding.getHashedSubPackets();
    if (hashed != null && hashed.getKeyFlags() != 0 && (hashed.getKeyFlags() & KeyFlags.SIGN_DATA) == 0) {
      return Optional.of("subkey " + hex(key.getFingerprint()) + " is not bound for signing");
    }
    long seconds = hashed == null ? 0 : hashed.getKeyExpirationTime();
    if (seconds > 0 && when.isAfter(created.plusSeconds(seconds))) {
      return Optional.of("subkey " + hex(key.getFingerprint()) + " expired " + created.plusSeconds(seconds) + ", before the signature was made (" + when + ")");
    }
    if (revokedBy(primary, key, PGPSignature.SUBKEY_REVOCATION, when)) {
      return Optional.of("subkey " + hex(key.getFingerprint()) + " was revoked before the signature was made");
    }
    return Optional.empty();
  }

  /** The newest binding signature the primary made over this subkey that verifies. */
  private static Optional<PGPSignature> validBinding(PGPPublicKey primary, PGPPublicKey subkey) throws PGPException {
    PGPSignature newest = null;
    for (Iterator<PGPSignature> it = subkey.getSignaturesOfType(PGPSignature.SUBKEY_BINDING); it.hasNext(); ) {
      PGPSignature binding = it.next();
      if (binding.getKeyID() != primary.getKeyID()) {
        continue;
      }
      binding.init(new BcPGPContentVerifierBuilderProvider(), primary);
      if (binding.verifyCertification(primary, subkey) && (newest == null || binding.getCreationTime().after(newest.getCreationTime()))) {
        newest = binding;
      }
    }
    return Optional.ofNullable(newest);
  }

  /**
   * Whether a valid revocation by the primary covers {@code when}. A revocation that says the key was
   * merely superseded or retired takes effect from its own date; any other (compromise, or no
   * reason) makes every signature by the key suspect, whenever it claims to have been made.
   */
  private static boolean revokedBy(PGPPublicKey primary, PGPPublicKey key, int type, Instant when) throws PGPException {
    for (Iterator<PGPSignature> it = key.getSignaturesOfType(type); it.hasNext(); ) {
      PGPSignature revocation = it.next();
      if (revocation.getKeyID() != primary.getKeyID()) {
        continue;
      }
      revocation.init(new BcPGPContentVerifierBuilderProvider(), primary);
      boolean valid = type == PGPSignature.KEY_REVOCATION ? revocation.verifyCertification(key) : revocation.verifyCertification(primary, key);
      if (!valid) {
        continue;
      }
      var reason = revocation.getHashedSubPackets() == null ? null : revocation.getHashedSubPackets().getRevocationReason();
      boolean soft = reason != null && (reason.getRevocationReason() == 1 || reason.getRevocationReason() == 3);
      if (!soft || !when.isBefore(revocation.getCreationTime().toInstant())) {
        return true;
      }
    }
    return false;
  }

  private static PGPSignature readSignature(InputStream in) throws IOException, PGPException {
    BcPGPObjectFactory factory = new BcPGPObjectFactory(PGPUtil.getDecoderStream(in));
    Object object = factory.nextObject();
    if (object instanceof PGPCompressedData compressed) {
      object = new BcPGPObjectFactory(compressed.getDataStream()).nextObject();
    }
    if (!(object instanceof PGPSignatureList list) || list.isEmpty()) {
      throw new IOException("no signature packet");
    }
    List<PGPSignature> all = new ArrayList<>();
    list.forEach(all::add);
    return all.getFirst();
  }

  private static String hex(byte[] fingerprint) {
    return HexFormat.of().withUpperCase().formatHex(fingerprint);
  }
}
