package dev.goready.verify.sumdb;

import dev.goready.verify.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A checksum database's public key in the form {@code name+hash+keydata} of golang.org/x/mod's note
 * package: keydata is base64 of the algorithm byte 1 (Ed25519) and the 32-byte public key, and hash
 * is the first four bytes of SHA-256(name "\n" keydata), which signature lines carry to name their key.
 */
public record NoteVerifier(String name, int hash, byte[] keyData, PublicKey publicKey) {
  static final byte ALG_ED25519 = 1;
  /** DER prefix of an X.509 SubjectPublicKeyInfo for a raw 32-byte Ed25519 key (RFC 8410). */
  private static final byte[] ED25519_SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

  public static NoteVerifier parse(String vkey) throws NoteException {
    int nameEnd = vkey.indexOf('+');
    int hashEnd = nameEnd < 0 ? -1 : vkey.indexOf('+', nameEnd + 1);
    if (hashEnd < 0) {
      throw new NoteException("malformed verifier id");
    }
    String name = vkey.substring(0, nameEnd);
    String hashText = vkey.substring(nameEnd + 1, hashEnd);
    if (!validName(name) || !hashText.matches("[0-9a-f]{8}")) {
      throw new NoteException("malformed verifier id");
    }
    byte[] keyData = strictBase64(vkey.substring(hashEnd + 1)).orElseThrow(() -> new NoteException("malformed verifier id"));
    if (keyData.length == 0) {
      throw new NoteException("malformed verifier id");
    }
    int hash = Integer.parseUnsignedInt(hashText, 16);
    if (keyHash(name, keyData) != hash) {
      throw new NoteException("invalid verifier hash");
    }
    if (keyData[0] != ALG_ED25519) {
      throw new NoteException("unknown verifier algorithm");
    }
    if (keyData.length != 33) {
      throw new NoteException("malformed verifier id");
    }
    return new NoteVerifier(name, hash, keyData, ed25519(Arrays.copyOfRange(keyData, 1, 33)));
  }

  /** The text form, {@code name+hash+keydata}, as GOSUMDB and cmd/go print it. */
  public String id() {
    return name + "+" + String.format("%08x", hash) + "+" + Base64.getEncoder().encodeToString(keyData);
  }

  public boolean verify(byte[] text, byte[] signature) {
    try {
      Signature ed = Signature.getInstance("Ed25519");
      ed.initVerify(publicKey);
      ed.update(text);
      return ed.verify(signature);
    } catch (GeneralSecurityException e) {
      return false; // a malformed signature is simply not a valid one
    }
  }

  static int keyHash(String name, byte[] keyData) {
    MessageDigest sha = Sha256.newDigest();
    sha.update((name + "\n").getBytes(StandardCharsets.UTF_8));
    sha.update(keyData);
    byte[] sum = sha.digest();
    return ((sum[0] & 0xff) << 24) | ((sum[1] & 0xff) << 16) | ((sum[2] & 0xff) << 8) | (sum[3] & 0xff);
  }

  /** Go's rule: non-empty, no white space, no '+'. */
  static boolean validName(String name) {
    return !name.isEmpty() && name.codePoints().noneMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '+');
  }

  /** Standard base64 with its padding, as Go's StdEncoding requires (Java's decoder would accept less). */
  static java.util.Optional<byte[]> strictBase64(String text) {
    if (text.length() % 4 != 0) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(Base64.getDecoder().decode(text));
    } catch (IllegalArgumentException e) {
      return java.util.Optional.empty();
    }
  }

  static PublicKey ed25519(byte[] raw) throws NoteException {
    try {
      byte[] spki = Arrays.copyOf(ED25519_SPKI_PREFIX, ED25519_SPKI_PREFIX.length + raw.length);
      System.arraycopy(raw, 0, spki, ED25519_SPKI_PREFIX.length, raw.length);
      return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
    } catch (GeneralSecurityException e) {
      throw new NoteException("malformed verifier id");
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NoteVerifier v && v.name.equals(name) && v.hash == hash && Arrays.equals(v.keyData, keyData);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + hash;
  }

  @Override
  public String toString() {
    return id();
  }
}
