package dev.goready.testing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The signing half of the note format, for tests: keys as golang.org/x/mod/sumdb/note writes them
 * (PRIVATE+KEY+name+hash+seed), signatures as "— name base64(keyhash||sig)" lines.
 */
public final class NoteSigner {
  private static final byte[] PKCS8_PREFIX = HexFormat.of().parseHex("302e020100300506032b657004220420");

  private final String name;
  private final byte[] keyData; // 0x01 || public key
  private final int hash;
  private final PrivateKey key;

  private NoteSigner(String name, byte[] publicKey, PrivateKey key) {
    this.name = name;
    this.keyData = new byte[33];
    this.keyData[0] = 1;
    System.arraycopy(publicKey, 0, keyData, 1, 32);
    this.hash = keyHash(name, keyData);
    this.key = key;
  }

  /** From Go's text form; the public key is derived by signing nothing and reading the JDK's key pair. */
  public static NoteSigner parse(String skey, String vkey) throws Exception {
    String[] parts = skey.split("\\+", 5);
    byte[] seedData = Base64.getDecoder().decode(parts[4]);
    byte[] seed = Arrays.copyOfRange(seedData, 1, 33);
    byte[] pkcs8 = Arrays.copyOf(PKCS8_PREFIX, PKCS8_PREFIX.length + 32);
    System.arraycopy(seed, 0, pkcs8, PKCS8_PREFIX.length, 32);
    PrivateKey privateKey = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    byte[] publicKeyData = Base64.getDecoder().decode(vkey.substring(vkey.indexOf('+', vkey.indexOf('+') + 1) + 1));
    return new NoteSigner(parts[2], Arrays.copyOfRange(publicKeyData, 1, 33), privateKey);
  }

  public static NoteSigner generate(String name) throws Exception {
    KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    byte[] spki = pair.getPublic().getEncoded();
    return new NoteSigner(name, Arrays.copyOfRange(spki, spki.length - 32, spki.length), pair.getPrivate());
  }

  public String verifierKey() {
    return name + "+" + String.format("%08x", hash) + "+" + Base64.getEncoder().encodeToString(keyData);
  }

  public String name() {
    return name;
  }

  /** The signature line (with newline) over {@code text}. */
  public String signatureLine(String text) throws Exception {
    Signature ed = Signature.getInstance("Ed25519");
    ed.initSign(key);
    ed.update(text.getBytes(StandardCharsets.UTF_8));
    byte[] signature = ed.sign();
    byte[] payload = ByteBuffer.allocate(4 + signature.length).putInt(hash).put(signature).array();
    return "— " + name + " " + Base64.getEncoder().encodeToString(payload) + "\n";
  }

  /** text, blank line, signature. */
  public String sign(String text) throws Exception {
    return text + "\n" + signatureLine(text);
  }

  static int keyHash(String name, byte[] keyData) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update((name + "\n").getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(sha.digest(keyData)).getInt();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
