package dev.goready.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.testing.ArchiveBuilder;
import dev.goready.testing.Dirhash;
import dev.goready.testing.Fuzz;
import dev.goready.testing.TestFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * Fuzz target for module zip hashing (dirhash's h1 over a proxy's zip): a well-formed zip hashes to
 * what the format's definition gives, recomputed independently; a hostile or mangled one (duplicate
 * or odd names, huge declared sizes, cut short, flipped bytes) gives a hash or a documented refusal.
 */
@Tag("fuzz")
class ModuleHashPropertiesTest {
  static final String PREFIX = "golang.org/toolchain@v0.0.1-go1.22.5.linux-amd64/";

  /** Name pieces where UTF-16 order and UTF-8 byte order disagree (U+FF61 against an emoji), and plain ones. */
  private static final String[] PIECES = {"a", "B", "_go.mod", "bin", "é", "😀", "｡", "\ue000", " ", "-", "~", "!", ".x", "Z9"};

  @Provide
  Arbitrary<Map<String, byte[]>> moduleFiles() {
    Arbitrary<String> segment = Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(3).map(parts -> String.join("", parts));
    Arbitrary<String> name = segment.list().ofMinSize(1).ofMaxSize(3).map(parts -> PREFIX + String.join("/", parts));
    Arbitrary<byte[]> content = Arbitraries.bytes().array(byte[].class).ofMaxSize(3000);
    return Arbitraries.maps(name, content).ofMinSize(1).ofMaxSize(24);
  }

  /** The hash of a well-formed zip is the definition's, whatever the names and however each entry is stored. */
  @Property
  void aWellFormedZipHashesAsTheDefinitionSays(@ForAll("moduleFiles") Map<String, byte[]> files, @ForAll boolean stored) throws IOException {
    byte[] zip = zip(files, stored);
    String expected = Dirhash.h1(files);
    assertThat(Dirhash.ofZip(zip)).isEqualTo(expected);
    assertThat(hash(zip)).as("%s", files.keySet()).isEqualTo(expected);
  }

  @Provide
  Arbitrary<byte[]> hostileZips() {
    byte[] toolchain = ArchiveBuilder.goToolchain("go1.22.5", "linux", "amd64")
        .file("go/src/go.mod", "module std\n").toolchainModuleZip("v0.0.1-go1.22.5.linux-amd64");
    return Fuzz.nearBytes(List.of(
        toolchain,
        withDeclaredSizes(toolchain, 0xfffffffeL),
        withDeclaredSizes(toolchain, 0),
        java.util.Arrays.copyOf(toolchain, toolchain.length / 2),
        ModuleHashTest.zip(PREFIX + "VERSION", "go1.22.5\n", PREFIX + "VERSION", "go1.22.6\n"),
        ModuleHashTest.zip(PREFIX + "a\rb", "x", PREFIX + "nul\u0000", "y", PREFIX + "..\\..\\x", "z", PREFIX, "", PREFIX + "d//e", "w"),
        ModuleHashTest.zip(PREFIX + "line\nbreak", "x", "golang.org/toolchain@v0.0.1-go1.22.4.linux-amd64/VERSION", "y"),
        new byte[0]));
  }

  /** Whatever the proxy serves as a zip, hashing it answers in time with a hash or a documented refusal. */
  @Property
  void aHostileZipHashesOrIsRefused(@ForAll("hostileZips") byte[] zip) {
    Fuzz.only(zip, () -> hash(zip), IOException.class);
  }

  private static String hash(byte[] zip) throws IOException {
    Path dir = Files.createTempDirectory("goready-fuzz-modzip");
    try {
      return ModuleHash.ofModuleZip(Files.write(dir.resolve("m.zip"), zip), PREFIX);
    } finally {
      TestFiles.deleteTree(dir);
    }
  }

  /** A zip of these files, each entry stored or deflated, written by java.util.zip. */
  static byte[] zip(Map<String, byte[]> files, boolean stored) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        ZipEntry entry = new ZipEntry(file.getKey());
        if (stored) {
          CRC32 crc = new CRC32();
          crc.update(file.getValue());
          entry.setMethod(ZipEntry.STORED);
          entry.setSize(file.getValue().length);
          entry.setCompressedSize(file.getValue().length);
          entry.setCrc(crc.getValue());
        }
        out.putNextEntry(entry);
        out.write(file.getValue());
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Every local and central header made to declare {@code size} bytes, compressed and not. */
  static byte[] withDeclaredSizes(byte[] zip, long size) {
    byte[] out = zip.clone();
    for (int i = 0; i + 30 <= out.length; i++) {
      if (out[i] == 'P' && out[i + 1] == 'K' && out[i + 2] == 3 && out[i + 3] == 4) {
        putInt(out, i + 18, size);
        putInt(out, i + 22, size);
      } else if (out[i] == 'P' && out[i + 1] == 'K' && out[i + 2] == 1 && out[i + 3] == 2 && i + 28 <= out.length) {
        putInt(out, i + 20, size);
        putInt(out, i + 24, size);
      }
    }
    return out;
  }

  private static void putInt(byte[] b, int at, long value) {
    for (int k = 0; k < 4; k++) {
      b[at + k] = (byte) (value >>> (8 * k));
    }
  }
}
