// Writes a one-record Go checksum database for a toolchain module zip, as static files a plain
// HTTP server can serve: a fresh Ed25519 key, the lookup answer, the tile and latest. For bench/
// only (the tests build richer logs with src/test/java/dev/goready/testing/TestSumdb.java).
//
//   java bench/SumdbFixture.java ZIP MODULE_VERSION OUT_DIR   → prints the GOSUMDB verifier key

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;
import java.util.TreeMap;
import java.util.zip.ZipFile;

public class SumdbFixture {
  public static void main(String[] args) throws Exception {
    Path zip = Path.of(args[0]);
    String version = args[1];
    Path out = Path.of(args[2]);
    String name = "sum.bench.test";

    // dirhash h1: sha256 over sorted "hex  name\n" lines of every file in the zip.
    TreeMap<String, String> files = new TreeMap<>();
    try (ZipFile z = new ZipFile(zip.toFile())) {
      for (var e : java.util.Collections.list(z.entries())) {
        try (InputStream in = z.getInputStream(e)) {
          files.put(e.getName(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes())));
        }
      }
    }
    MessageDigest summary = MessageDigest.getInstance("SHA-256");
    files.forEach((n, h) -> summary.update((h + "  " + n + "\n").getBytes(StandardCharsets.UTF_8)));
    String h1 = "h1:" + Base64.getEncoder().encodeToString(summary.digest());

    String record = "golang.org/toolchain " + version + " " + h1 + "\n";
    MessageDigest leaf = MessageDigest.getInstance("SHA-256");
    leaf.update((byte) 0);
    byte[] leafHash = leaf.digest(record.getBytes(StandardCharsets.UTF_8)); // a tree of one leaf: its root

    KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    byte[] spki = pair.getPublic().getEncoded();
    byte[] keyData = new byte[33];
    keyData[0] = 1;
    System.arraycopy(spki, spki.length - 32, keyData, 1, 32);
    MessageDigest keyHash = MessageDigest.getInstance("SHA-256");
    keyHash.update((name + "\n").getBytes(StandardCharsets.UTF_8));
    int hash = ByteBuffer.wrap(keyHash.digest(keyData)).getInt();

    String tree = "go.sum database tree\n1\n" + Base64.getEncoder().encodeToString(leafHash) + "\n";
    Signature ed = Signature.getInstance("Ed25519");
    ed.initSign(pair.getPrivate());
    ed.update(tree.getBytes(StandardCharsets.UTF_8));
    byte[] sig = ByteBuffer.allocate(68).putInt(hash).put(ed.sign()).array();
    String note = tree + "\n— " + name + " " + Base64.getEncoder().encodeToString(sig) + "\n";

    Path db = out.resolve(name);
    Files.createDirectories(db.resolve("lookup/golang.org"));
    Files.writeString(db.resolve("lookup/golang.org/toolchain@" + version), "0\n" + record + "\n" + note);
    Files.createDirectories(db.resolve("tile/8/0/000.p"));
    Files.write(db.resolve("tile/8/0/000.p/1"), leafHash);
    Files.writeString(db.resolve("latest"), note);
    System.out.println(name + "+" + String.format("%08x", hash) + "+" + Base64.getEncoder().encodeToString(keyData));
  }
}
