package dev.goready.verify;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * The {@code h1:} hash of golang.org/x/mod/sumdb/dirhash: SHA-256 over the lines
 * {@code "<sha256 hex>  <name>\n"} of every file, sorted by name byte-wise, in base64.
 */
public final class ModuleHash {
  /**
   * Go's string order, byte-wise over UTF-8, which is code point order: Java's own compares UTF-16
   * units and puts an emoji before U+FF61, so a module with both would never match Go's hash.
   */
  private static final Comparator<String> GO_ORDER = (a, b) ->
      Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

  private ModuleHash() {}

  /** h1 of name → SHA-256 hex. Names must not hold newlines (dirhash refuses them too). */
  public static String hash1(Map<String, String> sha256ByName) {
    MessageDigest summary = Sha256.newDigest();
    Map<String, String> sorted = new TreeMap<>(GO_ORDER);
    sorted.putAll(sha256ByName);
    sorted.forEach((name, sha) -> {
      if (name.indexOf('\n') >= 0) {
        throw new IllegalArgumentException("dirhash: filenames with newlines are not supported");
      }
      summary.update((sha + "  " + name + "\n").getBytes(StandardCharsets.UTF_8));
    });
    return "h1:" + Base64.getEncoder().encodeToString(summary.digest());
  }

  /** Receives each entry of a module zip while it is hashed (to unpack it in the same pass). */
  public interface EntrySink {
    void accept(String name, InputStream content) throws IOException;
  }

  /**
   * h1 of a module zip as cmd/go computes it (names as stored; contents only). Every entry must lie
   * under {@code prefix} and appear once, as cmd/go demands of a module zip.
   */
  public static String ofModuleZip(Path zip, String prefix) throws IOException {
    return ofModuleZip(zip, prefix, (name, content) -> {});
  }

  /**
   * The same, handing each entry to {@code sink} as it is read, so that a zip is decompressed once
   * for both hashing and unpacking; whatever the sink leaves unread is still hashed.
   */
  public static String ofModuleZip(Path zip, String prefix, EntrySink sink) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (ZipFile archive = ZipFile.builder().setPath(zip).get()) {
      Enumeration<ZipArchiveEntry> entries = archive.getEntriesInPhysicalOrder();
      while (entries.hasMoreElements()) {
        ZipArchiveEntry entry = entries.nextElement();
        String name = entry.getName();
        if (!name.startsWith(prefix)) {
          throw new GoreadyException(ExitCode.INTEGRITY, "zip for " + prefix + " has unexpected file " + name, "the proxy serves something else; try another GOPROXY");
        }
        if (name.indexOf('\n') >= 0 || files.containsKey(name)) {
          throw new GoreadyException(ExitCode.INTEGRITY, "zip for " + prefix + " lists " + name.strip() + " twice or with a newline", "the proxy serves a malformed zip");
        }
        MessageDigest sha = Sha256.newDigest();
        try (InputStream content = new DigestInputStream(archive.getInputStream(entry), sha)) {
          sink.accept(name, content);
          content.transferTo(OutputStream.nullOutputStream());
        }
        files.put(name, HexFormat.of().formatHex(sha.digest()));
      }
    }
    return hash1(files);
  }
}
