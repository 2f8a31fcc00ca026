package dev.goready.verify.sumdb;

import dev.goready.testing.Fuzz;
import dev.goready.testing.NoteSigner;
import dev.goready.testing.TestSumdb;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/** Fuzz targets for what GOSUMDB and a checksum database mirror hand the sumdb package. */
@Tag("fuzz")
class SumdbPropertiesTest {
  @Provide
  Arbitrary<String> gosumdbs() {
    return Fuzz.near(
        "sum.golang.org",
        "sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ikz2Kf1RkmK5Pw4+A5SEAzfkS6 https://sum.golang.google.cn",
        "off",
        "sum.golang.org https://goproxy.corp.example/sumdb/sum.golang.org");
  }

  @Property
  void gosumdbParsesOrIsAUsageError(@ForAll("gosumdbs") String value) {
    Fuzz.only(value, () -> SumdbConfig.parse(value, "GOSUMDB"));
  }

  @Provide
  Arbitrary<String> tilePaths() {
    return Fuzz.near("tile/8/0/001", "tile/8/1/x001/234.p/17", "tile/8/data/000", "tile/8/0/x123/x456/789");
  }

  @Property
  void tileAddressesParseOrAreANoteError(@ForAll("tilePaths") String path) {
    Fuzz.only(path, () -> TileAddress.parse(path), NoteException.class);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Provide
  Arbitrary<byte[]> notes() {
    return Fuzz.nearBytes(List.of(
        bytes(NoteTest.TEXT + "\n" + NoteTest.PETER_SIG),
        bytes(NoteTest.TEXT + "\n" + NoteTest.PETER_SIG + NoteTest.ENOCH_SIG),
        bytes(NoteTest.TEXT + "\n" + NoteTest.ENOCH_SIG + NoteTest.PETER_SIG)));
  }

  @Property
  void notesOpenOrAreANoteError(@ForAll("notes") byte[] note) throws Exception {
    NoteVerifier peter = NoteVerifier.parse(NoteTest.PETER);
    Fuzz.only(note, () -> SignedNote.open(note, peter), NoteException.class);
  }

  @Provide
  Arbitrary<String> verifierKeys() {
    return Fuzz.near(NoteTest.PETER, NoteTest.ENOCH, SumdbConfig.GO_KEY);
  }

  @Property
  void verifierKeysParseOrAreANoteError(@ForAll("verifierKeys") String vkey) {
    Fuzz.only(
        vkey,
        () -> {
          NoteVerifier key = NoteVerifier.parse(vkey);
          key.verify(bytes(NoteTest.TEXT), new byte[64]);
          return SignedNote.open(bytes(NoteTest.TEXT + "\n" + NoteTest.PETER_SIG), key);
        },
        NoteException.class);
  }

  @Provide
  Arbitrary<byte[]> lookupBodies() throws Exception {
    TestSumdb log = new TestSumdb(NoteSigner.parse(NoteTest.PETER_SKEY, NoteTest.PETER), 8);
    log.add("golang.org/x/mod@v0.17.0",
        "golang.org/x/mod v0.17.0 h1:zY54UmvipHiNd+pm+m0x9KhZ9hl1/7QNMyxXbc6ICqA=\n"
            + "golang.org/x/mod v0.17.0/go.mod h1:hTbmBsO62+eylJbnUtE2MGJUyE7QWk4xUqPFrRgJ+7c=\n");
    log.add("example.com/a@v1.0.0", "example.com/a v1.0.0 h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n");
    List<byte[]> samples = new ArrayList<>();
    samples.add(log.lookupBody(0, 2));
    samples.add(log.lookupBody(1, 2));
    return Fuzz.nearBytes(samples);
  }

  /** Parse a lookup answer, then open its tree note and parse the head, as the client does. */
  @Property
  void lookupRecordsParseOrAreANoteError(@ForAll("lookupBodies") byte[] body) throws Exception {
    NoteVerifier peter = NoteVerifier.parse(NoteTest.PETER);
    Fuzz.only(
        body,
        () -> {
          LookupRecord record = LookupRecord.parse(body);
          record.linesFor("golang.org/x/mod", "v0.17.0");
          return TreeHead.parse(SignedNote.open(record.treeNote(), peter));
        },
        NoteException.class);
  }

  @Provide
  Arbitrary<String> treeHeads() {
    return Fuzz.near(
        "go.sum database tree\n2\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n",
        "go.sum database tree\n31279832\nqTdpzlV7zuvt0Yd1Ktvq1ZXWOWZ4V8sLlnTfWJOKnBs=\n\n",
        "go.sum database tree\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\nextra\n");
  }

  @Property
  void treeHeadsParseOrAreANoteError(@ForAll("treeHeads") String text) {
    Fuzz.only(text, () -> TreeHead.parse(text).format(), NoteException.class);
  }

  @Provide
  Arbitrary<Long> treeSizes() {
    return net.jqwik.api.Arbitraries.oneOf(net.jqwik.api.Arbitraries.longs().between(1, 1L << 20),
        net.jqwik.api.Arbitraries.longs().between(1L << 40, Long.MAX_VALUE), net.jqwik.api.Arbitraries.of(1L << 56, (1L << 56) + 1, Long.MAX_VALUE, (1L << 62) - 1));
  }

  /** A tree head and tiles from a hostile server: every question is answered or refused, in bounded time. */
  @Property
  void verifiedTreesAnswerOrRefuseHostileTiles(@ForAll("treeSizes") long size, @ForAll long id, @ForAll byte[] tileBytes, @ForAll boolean missingTiles) {
    TreeHead head = new TreeHead(size, new byte[32]);
    VerifiedTree tree = new VerifiedTree(head, tile -> missingTiles ? null : tileBytes, VerifiedTree.DEFAULT_HEIGHT);
    Fuzz.run(size + "/" + id, () -> tree.requireRecord(Math.floorMod(id, size), "record".getBytes(StandardCharsets.UTF_8)),
        NoteException.class);
    Fuzz.run(size + "/" + id, () -> tree.hasPrefix(new TreeHead(Math.floorMod(id, size) + 1, new byte[32])), NoteException.class);
  }
}
