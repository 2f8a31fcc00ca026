package dev.goready.provenance;

import dev.goready.release.ToolchainModule;
import dev.goready.verify.ModuleHash;
import dev.goready.verify.Sha256;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * The toolchain module's {@code h1:} hash computed from a go.dev release archive, so Go's checksum
 * database can vouch for an archive fetched from the index or a mirror.
 */
public final class ReleaseArchiveHash {
  /** Files a toolchain module leaves out of the binary distribution (cmd/distpack). */
  private static final Set<String> NOT_IN_MODULE = Set.of("api", "doc", "misc", "test");

  private ReleaseArchiveHash() {}

  /**
   * h1 of the toolchain module built from a go.dev release archive (.tar.gz or .zip): the same files
   * under the module's prefix, without api/, doc/, misc/ and test/, every go.mod renamed _go.mod.
   *
   * @throws IOException when the archive cannot be read, or lists a file twice or with a newline in
   *     its name: no tree dirhash could vouch for (cmd/go refuses such module zips too)
   */
  public static String of(Path archive, ToolchainModule module) throws IOException {
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
    return ModuleHash.hash1(files);
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
    String moduleName = module.zipPrefix() + relative;
    if (moduleName.indexOf('\n') >= 0 || files.containsKey(moduleName)) {
      throw new IOException("the archive lists " + name.strip() + " twice or with a newline in its name");
    }
    files.put(moduleName, Sha256.ofStream(content));
  }
}
