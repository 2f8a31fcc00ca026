package dev.goready.modproxy;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.verify.Sha256;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * The {@code h1:} hash of golang.org/x/mod/sumdb/dirhash: SHA-256 over the lines
 * {@code "<sha256 hex>  <name>\n"} of every file, sorted by name byte-wise, in base64.
 */
public final class ModuleHash {
  /** Files a toolchain module leaves out of the binary distribution (cmd/distpack). */
  private static final Set<String> NOT_IN_MODULE = Set.of("api", "doc", "misc", "test");

  private ModuleHash() {}

  /** h1 of name → SHA-256 hex. Names must not hold newlines (dirhash refuses them too). */
  public static String hash1(Map<String, String> sha256ByName) {
    MessageDigest summary = Sha256.newDigest();
    new TreeMap<>(sha256ByName).forEach((name, sha) -> {
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

  /**
   * h1 of the toolchain module built from a go.dev release archive (.tar.gz or .zip): the same files
   * under the module's prefix, without api/, doc/, misc/ and test/, every go.mod renamed _go.mod.
   */
  public static String ofReleaseArchive(Path archive, ToolchainModule module) throws IOException {
    Map<String, String> files = new TreeMap<>();
    if (archive.getFileName().toString().endsWith(".zip")) {
      try (ZipFile zip = ZipFile.builder().setPath(archive).get()) {
        Enumeration<ZipArchiveEntry> entries = zip.getEntries();
        while (entries.hasMoreElements()) {
          ZipArchiveEntry entry = entries.nextElement();
          if (!entry.isDirectory() && !entry.isUnixSymlink()) {
            try (InputStream content = zip.getInputStream(entry)) {
              addReleaseFile(files, entry.getName(), content, module);
            }
          }
        }
      }
    } else {
      try (InputStream raw = new BufferedInputStream(Files.newInputStream(archive), 1 << 16);
          TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(raw, 1 << 16))) {
        for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
          if (entry.isFile()) {
            addReleaseFile(files, entry.getName(), tar, module);
          }
        }
      }
    }
    return hash1(files);
  }

  private static void addReleaseFile(Map<String, String> files, String name, InputStream content, ToolchainModule module) throws IOException {
    if (!name.startsWith("go/")) {
      return;
    }
    String relative = name.substring("go/".length());
    int slash = relative.indexOf('/');
    if (slash > 0 && NOT_IN_MODULE.contains(relative.substring(0, slash))) {
      return;
    }
    if (relative.equals("go.mod") || relative.endsWith("/go.mod")) {
      relative = relative.substring(0, relative.length() - "go.mod".length()) + "_go.mod";
    }
    files.put(module.zipPrefix() + relative, Sha256.ofStream(content));
  }
}
