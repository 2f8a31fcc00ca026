package dev.goready.verify.sumdb;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Hashes of one signed tree, read from tiles and trusted only once they are tied to the signed root.
 *
 * <p>The partial tiles on the tree's right edge hold exactly the subtrees that the root is folded
 * from, so computing the root from them and comparing it with the signed one authenticates every
 * hash they hold. A full tile is authenticated by folding its 2^H hashes into one node and finding
 * that node in its parent tile, itself authenticated the same way; the chain always ends at the right
 * edge. No hash is returned from a tile before that chain has been checked, whichever tile the
 * caller asks for first.
 */
public final class VerifiedTree {
  public static final int DEFAULT_HEIGHT = 8;

  private final TreeHead head;
  private final TileSource source;
  private final int height;
  private final Map<Long, byte[][]> authenticated = new HashMap<>();
  private boolean rightEdgeChecked;

  public VerifiedTree(TreeHead head, TileSource source, int height) {
    this.head = head;
    this.source = source;
    this.height = height;
  }

  public TreeHead head() {
    return head;
  }

  /** The hash of the complete subtree at {@code level} with {@code index}; it must lie inside the tree. */
  public byte[] hash(int level, long index) throws NoteException {
    if (index < 0 || ((index + 1) << level) > head.size() || ((index + 1) << level) <= 0) {
      throw new NoteException("subtree " + level + "/" + index + " is not inside the tree of size " + head.size());
    }
    int tileLevel = level / height;
    int below = level % height;
    long first = index << below;
    byte[][] entries = tile(tileLevel, first >> height);
    int offset = (int) (first & ((1L << height) - 1));
    return fold(entries, offset, 1 << below);
  }

  /** RecordHash(text) must be the leaf at {@code id}. */
  public void requireRecord(long id, byte[] recordText) throws NoteException {
    if (id >= head.size()) {
      throw new NoteException("cannot validate record " + id + " in tree of size " + head.size());
    }
    if (!Arrays.equals(hash(0, id), Tlog.recordHash(recordText))) {
      throw new NoteException("cannot authenticate record data in server response");
    }
  }

  /** Whether {@code older} (smaller or equal) is a prefix of this tree: its root recomputed from our tiles. */
  public boolean hasPrefix(TreeHead older) throws NoteException {
    if (older.size() > head.size()) {
      throw new IllegalArgumentException("tree " + older.size() + " is larger than " + head.size());
    }
    return Arrays.equals(Tlog.treeHash(older.size(), this::hash), older.root());
  }

  /** The authenticated entries of tile (level, index), as wide as this tree makes it. */
  private byte[][] tile(int level, long index) throws NoteException {
    long key = key(level, index);
    byte[][] known = authenticated.get(key);
    if (known != null) {
      return known;
    }
    long nodes = head.size() >> (height * level); // complete nodes at this tile level
    long fullTiles = nodes >> height;
    if (index > fullTiles || (index == fullTiles && (nodes & ((1L << height) - 1)) == 0)) {
      throw new NoteException("tile " + level + "/" + index + " is outside the tree of size " + head.size());
    }
    if (index < fullTiles) {
      byte[][] entries = fetch(new TileAddress(height, level, index, 1 << height));
      byte[] parent = tile(level + 1, index >> height)[(int) (index & ((1L << height) - 1))];
      if (!Arrays.equals(fold(entries, 0, entries.length), parent)) {
        throw new NoteException("downloaded inconsistent tile " + new TileAddress(height, level, index, 1 << height).path());
      }
      authenticated.put(key, entries);
      return entries;
    }
    checkRightEdge();
    return authenticated.get(key);
  }

  /** Fetches every partial tile on the right edge and checks the root they fold into. */
  private void checkRightEdge() throws NoteException {
    if (rightEdgeChecked) {
      return;
    }
    Map<Long, byte[][]> edge = new HashMap<>();
    for (int level = 0; (head.size() >> (height * level)) > 0; level++) {
      long nodes = head.size() >> (height * level);
      int width = (int) (nodes & ((1L << height) - 1));
      if (width > 0) {
        edge.put(key(level, nodes >> height), fetch(new TileAddress(height, level, nodes >> height, width)));
      }
    }
    byte[] root = Tlog.treeHash(head.size(), (level, index) -> {
      long first = index << (level % height);
      byte[][] entries = edge.get(key(level / height, first >> height));
      return fold(entries, (int) (first & ((1L << height) - 1)), 1 << (level % height));
    });
    if (!Arrays.equals(root, head.root())) {
      throw new NoteException("downloaded inconsistent tile: the right edge of tree " + head.size() + " does not fold into its signed root");
    }
    authenticated.putAll(edge);
    rightEdgeChecked = true;
  }

  private byte[][] fetch(TileAddress tile) throws NoteException {
    byte[] data = source.read(tile);
    if (data == null && !tile.full()) {
      // The tree has grown since and the server keeps only the full tile: its prefix is ours.
      byte[] full = source.read(new TileAddress(tile.height(), tile.level(), tile.index(), 1 << tile.height()));
      data = full == null || full.length < tile.width() * Tlog.HASH_SIZE ? full : Arrays.copyOf(full, tile.width() * Tlog.HASH_SIZE);
    }
    if (data == null) {
      throw new NoteException("the checksum database has no tile " + tile.path());
    }
    if (data.length != tile.width() * Tlog.HASH_SIZE) {
      throw new NoteException("tile " + tile.path() + " holds " + data.length + " bytes, not " + tile.width() * Tlog.HASH_SIZE + " (truncated?)");
    }
    byte[][] entries = new byte[tile.width()][];
    for (int i = 0; i < entries.length; i++) {
      entries[i] = Arrays.copyOfRange(data, i * Tlog.HASH_SIZE, (i + 1) * Tlog.HASH_SIZE);
    }
    return entries;
  }

  /** One map key per tile: its level in the top byte, its index below (indexes stay far under 2^56). */
  private static long key(int level, long index) {
    return ((long) level << 56) | index;
  }

  /** Folds {@code count} (a power of two) adjacent hashes into the one subtree hash above them. */
  private static byte[] fold(byte[][] entries, int offset, int count) throws NoteException {
    if (entries == null || offset + count > entries.length) {
      throw new NoteException("tile too short for the subtree it should hold");
    }
    byte[][] level = Arrays.copyOfRange(entries, offset, offset + count);
    for (int n = count; n > 1; n /= 2) {
      for (int i = 0; i < n / 2; i++) {
        level[i] = Tlog.nodeHash(level[2 * i], level[2 * i + 1]);
      }
    }
    return level[0];
  }
}
