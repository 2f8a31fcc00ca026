package dev.goready.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** SHA-256 helpers: hashing files and bytes, and comparing hex digests the way the index writes them. */
public final class Sha256 {
  private Sha256() {}

  public static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  public static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(newDigest().digest(bytes));
  }

  public static String ofFile(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return ofStream(in);
    }
  }

  /** The hex digest of everything left in {@code in}; the stream stays open. */
  public static String ofStream(InputStream in) throws IOException {
    MessageDigest digest = newDigest();
    byte[] buffer = new byte[1 << 16];
    int n;
    while ((n = in.read(buffer)) > 0) {
      digest.update(buffer, 0, n);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Index digests are hex; compare case-insensitively, and throw with both values and the URL if they differ. */
  public static void requireMatch(String url, String expectedHex, String actualHex) {
    if (!expectedHex.trim().toLowerCase(Locale.ROOT).equals(actualHex.toLowerCase(Locale.ROOT))) {
      throw new ChecksumMismatchException(url, expectedHex.trim().toLowerCase(Locale.ROOT), actualHex.toLowerCase(Locale.ROOT));
    }
  }
}
