package dev.goready.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** golang.org/x/mod/sumdb/dirhash's vectors. */
class ModuleHashTest {
  @TempDir Path temp;

  static String sha256(String content) throws Exception {
    return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void hash1MatchesDirhashVectors() throws Exception {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("xyz", sha256("data for xyz"));
    files.put("abc", sha256("data for abc"));
    assertThat(ModuleHash.hash1(files)).isEqualTo("h1:EP6WfDoQTSk9klnxcjriWJOGztueJUywHNmWeq+efB8=");
    assertThat(ModuleHash.hash1(Map.of("go.mod", sha256("")))).isEqualTo("h1:G7mAYYxgmS0lVkHyy2hEOLQCFB0DlQFTMLWggykrydY=");
    assertThat(ModuleHash.hash1(Map.of("go.mod", sha256("module golang.org/toolchain\n")))).isEqualTo("h1:8wlg68NqwW7eMnI1aABk/C2pDYXj8mrMY4TyRfiLeS0=");
    assertThatThrownBy(() -> ModuleHash.hash1(Map.of("a\nbc", sha256("x")))).hasMessageContaining("newlines");
  }

  /** Found by ModuleHashPropertiesTest: names are sorted as Go sorts strings (UTF-8 bytes), not as Java does (UTF-16 units). */
  @Test
  void namesAreSortedByTheirUtf8Bytes() throws Exception {
    Map<String, String> files = Map.of("\uff61", sha256("data for a"), "\ud83d\ude00", sha256("data for b"));
    assertThat(ModuleHash.hash1(files)).isEqualTo("h1:Km9kAfcR1AS+XmMdhTK9x7My7ktCvdQyeyECFO/tn84=");
  }

  @Test
  void zipHashMatchesDirhashAndRefusesStrayEntries() throws Exception {
    Path zip = temp.resolve("m.zip");
    Files.write(zip, zip("prefix/xyz", "data for xyz", "prefix/abc", "data for abc"));
    assertThat(ModuleHash.ofModuleZip(zip, "prefix/")).isEqualTo("h1:rLyfpGMAgqOnGE2aKOY5Xb6cOc0/YQhPjHBHBwkblhs=");
    Files.write(zip, zip("prefix/abc", "data for abc", "other/evil", "x"));
    assertThatThrownBy(() -> ModuleHash.ofModuleZip(zip, "prefix/")).hasMessageContaining("has unexpected file other/evil");
    Files.write(zip, zip("prefix/abc", "one", "prefix/abc", "two"));
    assertThatThrownBy(() -> ModuleHash.ofModuleZip(zip, "prefix/")).hasMessageContaining("twice");
  }

  /** Names as given, duplicates and control characters included: commons-compress writes what it is told. */
  static byte[] zip(String... namesAndContents) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        zip.putArchiveEntry(new ZipArchiveEntry(namesAndContents[i]));
        zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        zip.closeArchiveEntry();
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
