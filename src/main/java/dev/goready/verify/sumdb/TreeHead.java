package dev.goready.verify.sumdb;

import java.util.Arrays;
import java.util.Base64;

/** A signed tree head: "go.sum database tree\n" N "\n" base64(root) "\n"; later lines are ignored. */
public record TreeHead(long size, byte[] root) {
  /** Far beyond any real log (sum.golang.org holds tens of millions); tile arithmetic stays well inside a long. */
  static final long MAX_SIZE = 1L << 40;
  private static final String PREFIX = "go.sum database tree\n";

  public static TreeHead parse(String text) throws NoteException {
    if (!text.startsWith(PREFIX) || text.length() > 1_000_000) {
      throw new NoteException("malformed tree note");
    }
    String[] lines = text.substring(PREFIX.length()).split("\n", -1);
    if (lines.length < 3) {
      throw new NoteException("malformed tree note");
    }
    long size;
    try {
      size = Long.parseLong(lines[0]);
    } catch (NumberFormatException e) {
      throw new NoteException("malformed tree note");
    }
    if (size < 0 || size > MAX_SIZE || !Long.toString(size).equals(lines[0])) {
      throw new NoteException("malformed tree note");
    }
    byte[] root = NoteVerifier.strictBase64(lines[1]).orElseThrow(() -> new NoteException("malformed tree note"));
    if (root.length != Tlog.HASH_SIZE) {
      throw new NoteException("malformed tree note");
    }
    return new TreeHead(size, root);
  }

  public String format() {
    return PREFIX + size + "\n" + rootBase64() + "\n";
  }

  public String rootBase64() {
    return Base64.getEncoder().encodeToString(root);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TreeHead t && t.size == size && Arrays.equals(t.root, root);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(size) * 31 + Arrays.hashCode(root);
  }

  @Override
  public String toString() {
    return "tree " + size + " " + rootBase64();
  }
}
