package dev.goready.testing;

import dev.goready.verify.sumdb.TileAddress;
import dev.goready.verify.sumdb.Tlog;
import dev.goready.verify.sumdb.TreeHead;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A checksum database for tests: an append-only log of records, its tiles and signed tree heads,
 * published on a {@link FaultyServer} under a base path exactly as sum.golang.org serves them.
 */
public final class TestSumdb {
  private final NoteSigner signer;
  private final int height;
  private final List<String> records = new ArrayList<>();
  private final Map<String, Long> ids = new HashMap<>();
  private final Map<Long, byte[]> hashes = new HashMap<>();

  public TestSumdb(NoteSigner signer, int height) {
    this.signer = signer;
    this.height = height;
  }

  public NoteSigner signer() {
    return signer;
  }

  /** Appends a record; {@code key} is what /lookup/ is asked for (module@version, case-encoded). */
  public long add(String key, String text) {
    records.add(text);
    ids.put(key, (long) records.size() - 1);
    return records.size() - 1;
  }

  public int size() {
    return records.size();
  }

  public byte[] leaf(long id) {
    return Tlog.recordHash(records.get((int) id).getBytes(StandardCharsets.UTF_8));
  }

  /** Hash of the complete subtree at level with index, from the leaves. */
  public byte[] subtree(int level, long index) {
    long key = ((long) level << 48) | index;
    byte[] known = hashes.get(key);
    if (known != null) {
      return known;
    }
    byte[] hash = level == 0 ? leaf(index) : Tlog.nodeHash(subtree(level - 1, 2 * index), subtree(level - 1, 2 * index + 1));
    hashes.put(key, hash);
    return hash;
  }

  public TreeHead head(long size) throws Exception {
    return new TreeHead(size, Tlog.treeHash(size, this::subtree));
  }

  public String signedTree(long size) throws Exception {
    return signer.sign(head(size).format());
  }

  public byte[] lookupBody(long id, long treeSize) throws Exception {
    return (id + "\n" + records.get((int) id) + "\n" + signedTree(treeSize)).getBytes(StandardCharsets.UTF_8);
  }

  public byte[] tile(int level, long index, int width) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < width; i++) {
      out.writeBytes(subtree(level * height, (index << height) + i));
    }
    return out.toByteArray();
  }

  /**
   * Serves latest, lookups and every tile a client of a tree of {@code treeSize} can ask for (all
   * partial widths too), under {@code base} (e.g. "/sumdb/name" or "").
   */
  public void publish(FaultyServer server, String base, long treeSize) throws Exception {
    server.serve(base + "/latest", signedTree(treeSize).getBytes(StandardCharsets.UTF_8));
    for (Map.Entry<String, Long> entry : ids.entrySet()) {
      if (entry.getValue() < treeSize) {
        server.serve(base + "/lookup/" + entry.getKey(), lookupBody(entry.getValue(), treeSize));
      }
    }
    for (int level = 0; (treeSize >> (height * level)) > 0; level++) {
      long nodes = treeSize >> (height * level);
      for (long index = 0; index <= nodes >> height; index++) {
        long available = Math.min(1L << height, nodes - (index << height));
        for (int width = 1; width <= available; width++) {
          server.serve(base + "/" + new TileAddress(height, level, index, width).path(), tile(level, index, width));
        }
      }
    }
  }

  public String tilePath(int level, long index, int width) {
    return "/" + new TileAddress(height, level, index, width).path();
  }
}
