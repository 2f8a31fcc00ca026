package dev.goready.verify.sumdb;

import dev.goready.verify.Sha256;
import java.security.MessageDigest;

/** RFC 6962 hashing as the Go checksum database uses it: leaves are 0x00||data, nodes 0x01||left||right. */
public final class Tlog {
  public static final int HASH_SIZE = 32;

  private Tlog() {}

  public static byte[] recordHash(byte[] data) {
    MessageDigest sha = Sha256.newDigest();
    sha.update((byte) 0);
    sha.update(data);
    return sha.digest();
  }

  public static byte[] nodeHash(byte[] left, byte[] right) {
    MessageDigest sha = Sha256.newDigest();
    sha.update((byte) 1);
    sha.update(left);
    sha.update(right);
    return sha.digest();
  }

  /** A complete subtree's hash: the one at {@code level} (2^level leaves) with index {@code index}. */
  public interface SubtreeHashes {
    byte[] hash(int level, long index) throws NoteException;
  }

  /**
   * The root of the tree of the first {@code size} leaves: the complete subtrees named by the bits of
   * size, largest (leftmost) first, folded from the right, which is exactly RFC 6962's MTH.
   */
  public static byte[] treeHash(long size, SubtreeHashes hashes) throws NoteException {
    if (size == 0) {
      return Sha256.newDigest().digest();
    }
    byte[] root = null;
    long end = size;
    for (int level = 0; level < 63; level++) {
      if ((size & (1L << level)) == 0) {
        continue;
      }
      long start = end - (1L << level);
      byte[] subtree = hashes.hash(level, start >> level);
      root = root == null ? subtree : nodeHash(subtree, root);
      end = start;
    }
    return root;
  }
}
