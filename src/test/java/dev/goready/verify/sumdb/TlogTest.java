package dev.goready.verify.sumdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goready.testing.NoteSigner;
import dev.goready.testing.TestSumdb;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 6962 hashing, tiles and records: golang.org/x/mod/sumdb/tlog's vectors, and tiles checked against signed roots. */
class TlogTest {
  static String b64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  static byte[] leaf(int i) {
    return Tlog.recordHash(("leaf " + i).getBytes(StandardCharsets.UTF_8));
  }

  static byte[] subtree(int level, long index) {
    return level == 0 ? leaf((int) index) : Tlog.nodeHash(subtree(level - 1, 2 * index), subtree(level - 1, 2 * index + 1));
  }

  @Test
  void recordHashAndEmptyTree() throws Exception {
    assertThat(b64(Tlog.recordHash("hello world".getBytes(StandardCharsets.UTF_8)))).isEqualTo("TszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=");
    assertThat(HexFormat.of().formatHex(Tlog.treeHash(0, (l, i) -> null))).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @ParameterizedTest
  @CsvSource({
    "1, G7l9zCFjXUfiZj79/QoXRobZjdcBNS3SzQbotD/T0wU=",
    "2, /F9riP+FVPdbsvnm85wxsZNtRLaSdu33sSBalVuXYeM=",
    "3, 1Pksj7uJcg6ztVZ3x9fvrd/rENEaGoSguo8aIzN/qpU=",
    "4, T2MQhKFXxU9U/Psj/164ZQxLoWDClbsTqYMrEJ1SZ34=",
    "5, NBUVmC1lDiNSDb1U1/zwr6G3DMOhakEdRk3JwayWwwE=",
    "7, WmH8K1T5z6cXdPJDIUPdQMbLKxGUf69lp9PaXLZRmcg=",
    "8, xcLIIO00L92ozolra5z1uMAKIcxLIHFMxuXTwFw1JAs=",
    "100, E/iJFcVg3JEaHaD7IJ2EoglxBR8pTr60KPs/wpOvJ0M=",
  })
  void treeHashesMatchGo(long size, String expected) throws Exception {
    assertThat(b64(Tlog.treeHash(size, TlogTest::subtree))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "tile/4/0/001, 4, 0, 1, 16",
    "tile/4/0/001.p/5, 4, 0, 1, 5",
    "tile/3/5/x123/x456/078, 3, 5, 123456078, 8",
    "tile/3/5/x123/x456/078.p/2, 3, 5, 123456078, 2",
    "tile/1/0/x003/x057/500, 1, 0, 3057500, 2",
    "tile/1/data/x003/x057/500, 1, -1, 3057500, 2",
    "tile/3/4/x001/x234/067.p/1, 3, 4, 1234067, 1",
  })
  void tilePathsRoundTrip(String path, int height, int level, long index, int width) throws Exception {
    TileAddress tile = new TileAddress(height, level, index, width);
    assertThat(tile.path()).isEqualTo(path);
    assertThat(TileAddress.parse(path)).isEqualTo(tile);
  }

  @Test
  void nonCanonicalTilePathsAreRefused() {
    for (String path : new String[] {"tile/3/5/123/456/078", "tile/3/-1/123/456/078", "tile/4/0/001.p/16", "tile/4/0/001.p/0"}) {
      assertThatThrownBy(() -> TileAddress.parse(path)).as(path).isInstanceOf(NoteException.class);
    }
  }

  @Test
  void lookupRecordsParseAsGoDoes() throws Exception {
    LookupRecord record = LookupRecord.parse("123456789012\nhello, world\n\njunk on end".getBytes(StandardCharsets.UTF_8));
    assertThat(record.id()).isEqualTo(123456789012L);
    assertThat(record.text()).isEqualTo("hello, world\n");
    assertThat(new String(record.treeNote(), StandardCharsets.UTF_8)).isEqualTo("junk on end");
    for (String bad : new String[] {"not-123\nx\n\n", "123\nhello\u0001world\n\n", "123\nhello world\n", "0x123\nhello world\n\n"}) {
      assertThatThrownBy(() -> LookupRecord.parse(bad.getBytes(StandardCharsets.UTF_8))).as(bad).isInstanceOf(NoteException.class);
    }
  }

  /** Every tile a client reads is tied to the signed root, for trees of many shapes, at tile height 2 and 8. */
  @ParameterizedTest
  @CsvSource({"2, 1", "2, 3", "2, 4", "2, 17", "2, 64", "2, 100", "8, 1", "8, 255", "8, 256", "8, 257", "8, 600"})
  void everyLeafIsProvenAndEveryOlderTreeIsAPrefix(int height, int size) throws Exception {
    TestSumdb log = new TestSumdb(NoteSigner.generate("test"), height);
    for (int i = 0; i < size; i++) {
      log.add("m@v" + i, "record " + i + "\n");
    }
    Map<String, byte[]> served = new HashMap<>();
    VerifiedTree tree = new VerifiedTree(log.head(size), tile -> served.computeIfAbsent(tile.path(), p -> log.tile(tile.level(), tile.index(), tile.width())), height);
    for (int id : new int[] {0, size / 2, size - 1}) {
      tree.requireRecord(id, ("record " + id + "\n").getBytes(StandardCharsets.UTF_8));
      assertThatThrownBy(() -> tree.requireRecord(id, "forged\n".getBytes(StandardCharsets.UTF_8)))
          .hasMessage("cannot authenticate record data in server response");
    }
    for (long older = 0; older <= size; older += Math.max(1, size / 7)) {
      assertThat(tree.hasPrefix(log.head(older))).as("tree %d extends %d", size, older).isTrue();
    }
    assertThatThrownBy(() -> tree.requireRecord(size, new byte[0])).hasMessageContaining("cannot validate record " + size);
  }

  @Test
  void aTileWithOneWrongHashIsCaughtWhicheverTileIsReadFirst() throws Exception {
    TestSumdb log = new TestSumdb(NoteSigner.generate("test"), 2);
    for (int i = 0; i < 40; i++) {
      log.add("m@v" + i, "record " + i + "\n");
    }
    // Leaf tile 0 (full) is the first thing read; its forged hash must be caught through its parent.
    byte[] forged = log.tile(0, 0, 4);
    forged[5] ^= 1;
    VerifiedTree tree = new VerifiedTree(log.head(40), tile -> tile.level() == 0 && tile.index() == 0 ? forged : log.tile(tile.level(), tile.index(), tile.width()), 2);
    assertThatThrownBy(() -> tree.requireRecord(1, "record 1\n".getBytes(StandardCharsets.UTF_8))).hasMessageStartingWith("downloaded inconsistent tile");
    // A truncated tile is refused before any hash in it is used.
    VerifiedTree truncated = new VerifiedTree(log.head(40), tile -> java.util.Arrays.copyOf(log.tile(tile.level(), tile.index(), tile.width()), tile.width() * 32 - 1), 2);
    assertThatThrownBy(() -> truncated.requireRecord(1, "record 1\n".getBytes(StandardCharsets.UTF_8))).hasMessageContaining("truncated");
  }

  @Test
  void aForkedLogIsNotAPrefix() throws Exception {
    TestSumdb log = new TestSumdb(NoteSigner.generate("test"), 2);
    TestSumdb fork = new TestSumdb(NoteSigner.generate("test"), 2);
    for (int i = 0; i < 9; i++) {
      log.add("m@v" + i, "record " + i + "\n");
      fork.add("m@v" + i, (i == 6 ? "other " : "record ") + i + "\n");
    }
    VerifiedTree tree = new VerifiedTree(fork.head(9), tile -> fork.tile(tile.level(), tile.index(), tile.width()), 2);
    assertThat(tree.hasPrefix(log.head(6))).isTrue();
    assertThat(tree.hasPrefix(log.head(7))).isFalse();
  }
}
