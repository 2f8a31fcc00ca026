package dev.goready.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyPacket;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.bcpg.sig.KeyFlags;
import org.bouncycastle.crypto.generators.RSAKeyPairGenerator;
import org.bouncycastle.crypto.params.RSAKeyGenerationParameters;
import org.bouncycastle.openpgp.PGPKeyPair;
import org.bouncycastle.openpgp.PGPKeyRingGenerator;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureGenerator;
import org.bouncycastle.openpgp.PGPSignatureSubpacketGenerator;
import org.bouncycastle.openpgp.operator.bc.BcPBESecretKeyEncryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;
import org.bouncycastle.openpgp.operator.bc.BcPGPKeyPair;

/**
 * OpenPGP keys made with BouncyCastle for tests, shaped like Google's release key: an RSA primary
 * key that only certifies, and RSA signing subkeys with their own creation and expiry times.
 */
public final class TestPgpKeys {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final PGPKeyPair primary;
  private final PGPKeyRingGenerator generator;
  private PGPPublicKeyRing ring;

  private TestPgpKeys(PGPKeyPair primary, PGPKeyRingGenerator generator) {
    this.primary = primary;
    this.generator = generator;
    this.ring = generator.generatePublicKeyRing();
  }

  /** A primary key created {@code age} ago, with no subkeys yet. */
  public static TestPgpKeys primary(String uid, Duration age) throws Exception {
    PGPKeyPair primary = rsa(Instant.now().minus(age));
    PGPSignatureSubpacketGenerator flags = new PGPSignatureSubpacketGenerator();
    flags.setKeyFlags(false, KeyFlags.CERTIFY_OTHER);
    PGPKeyRingGenerator generator = new PGPKeyRingGenerator(PGPSignature.POSITIVE_CERTIFICATION, primary, uid,
        new BcPGPDigestCalculatorProvider().get(HashAlgorithmTags.SHA1), flags.generate(), null,
        new BcPGPContentSignerBuilder(PublicKeyAlgorithmTags.RSA_GENERAL, HashAlgorithmTags.SHA256),
        new BcPBESecretKeyEncryptorBuilder(SymmetricKeyAlgorithmTags.AES_256).build("test".toCharArray()));
    return new TestPgpKeys(primary, generator);
  }

  /**
   * Binds a new signing subkey created {@code age} ago that expires after {@code lifetime} (zero:
   * never). Add every subkey before revoking any.
   */
  public PGPKeyPair addSigningSubkey(Duration age, Duration lifetime) throws Exception {
    PGPKeyPair subkey = rsa(Instant.now().minus(age));
    PGPSignatureSubpacketGenerator hashed = new PGPSignatureSubpacketGenerator();
    hashed.setKeyFlags(false, KeyFlags.SIGN_DATA);
    if (!lifetime.isZero()) {
      hashed.setKeyExpirationTime(false, lifetime.toSeconds());
    }
    hashed.setSignatureCreationTime(false, Date.from(Instant.now().minus(age)));
    generator.addSubKey(subkey, hashed.generate(), null);
    ring = generator.generatePublicKeyRing();
    return subkey;
  }

  /** The primary key revokes {@code subkey} (reason 2: compromised). */
  public void revoke(PGPKeyPair subkey) throws Exception {
    PGPSignatureSubpacketGenerator hashed = new PGPSignatureSubpacketGenerator();
    hashed.setRevocationReason(false, (byte) 2, "compromised");
    PGPSignatureGenerator revoker = new PGPSignatureGenerator(new BcPGPContentSignerBuilder(PublicKeyAlgorithmTags.RSA_GENERAL, HashAlgorithmTags.SHA256), primary.getPublicKey());
    revoker.init(PGPSignature.SUBKEY_REVOCATION, primary.getPrivateKey());
    revoker.setHashedSubpackets(hashed.generate());
    PGPSignature revocation = revoker.generateCertification(primary.getPublicKey(), subkey.getPublicKey());
    PGPPublicKey current = ring.getPublicKey(subkey.getKeyID());
    ring = PGPPublicKeyRing.insertPublicKey(ring, PGPPublicKey.addCertification(current, revocation));
  }

  public String fingerprint() {
    return HexFormat.of().withUpperCase().formatHex(primary.getPublicKey().getFingerprint());
  }

  /** The public key ring, ASCII-armoured like linux_signing_key.pub. */
  public byte[] armoredPublicKey() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ArmoredOutputStream armor = new ArmoredOutputStream(bytes)) {
      ring.encode(armor);
    }
    return bytes.toByteArray();
  }

  /** A detached binary-document signature over {@code data}, made {@code ago} ago, armoured like Go's .asc files. */
  public static byte[] sign(PGPKeyPair key, byte[] data, Duration ago) throws Exception {
    PGPSignatureGenerator generator = new PGPSignatureGenerator(new BcPGPContentSignerBuilder(PublicKeyAlgorithmTags.RSA_GENERAL, HashAlgorithmTags.SHA256), key.getPublicKey());
    generator.init(PGPSignature.BINARY_DOCUMENT, key.getPrivateKey());
    PGPSignatureSubpacketGenerator hashed = new PGPSignatureSubpacketGenerator();
    hashed.setSignatureCreationTime(false, Date.from(Instant.now().minus(ago)));
    hashed.setIssuerFingerprint(false, key.getPublicKey());
    generator.setHashedSubpackets(hashed.generate());
    generator.update(data);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ArmoredOutputStream armor = new ArmoredOutputStream(bytes)) {
      generator.generate().encode(armor);
    }
    return bytes.toByteArray();
  }

  private static PGPKeyPair rsa(Instant created) throws Exception {
    RSAKeyPairGenerator generator = new RSAKeyPairGenerator();
    generator.init(new RSAKeyGenerationParameters(BigInteger.valueOf(0x10001), RANDOM, 2048, 80));
    return new BcPGPKeyPair(PublicKeyPacket.VERSION_4, PublicKeyAlgorithmTags.RSA_GENERAL, generator.generateKeyPair(), Date.from(created));
  }
}
