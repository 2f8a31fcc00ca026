package dev.goready.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.testing.ArchiveBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Hostile archives, tar.gz and zip, against the real extractors writing into a real folder. */
class ArchiveSafetyTest {
  static final ExtractionLimits SMALL = new ExtractionLimits(50, 1_000_000, 600_000);

  @TempDir Path temp;
  Path staging;

  @BeforeEach
  void createStaging() throws IOException {
    staging = Files.createDirectories(temp.resolve("toolchains/.staging-test"));
  }

  void extract(byte[] archive, ArchiveFormat format) throws IOException {
    Path file = Files.write(temp.resolve("archive"), archive);
    format.extract(new ByteArrayInputStream(archive), file, new StagingWriter(staging, "test-archive", SMALL));
  }

  static Stream<Arguments> hostile() {
    return Stream.of(
        Arguments.of("dot-dot", (UnaryOperator<ArchiveBuilder>) a -> a.file("go/../../evil", "x"), "climbs out with '..'"),
        Arguments.of("absolute", (UnaryOperator<ArchiveBuilder>) a -> a.file("/tmp/evil", "x"), "is an absolute path"),
        Arguments.of("backslash", (UnaryOperator<ArchiveBuilder>) a -> a.file("go/..\\..\\evil", "x"), "contains a backslash"),
        Arguments.of("drive letter", (UnaryOperator<ArchiveBuilder>) a -> a.file("C:/Windows/evil", "x"), "starts with a drive letter"),
        Arguments.of("outside go/", (UnaryOperator<ArchiveBuilder>) a -> a.file("bin/go", "x"), "is not under the top folder go/"),
        Arguments.of("symlink escaping", (UnaryOperator<ArchiveBuilder>) a -> a.symlink("go/lib", "../../../etc"), "leaves the toolchain"),
        Arguments.of("absolute symlink", (UnaryOperator<ArchiveBuilder>) a -> a.symlink("go/lib", "/etc"), "outside the toolchain"),
        Arguments.of("write through a link", (UnaryOperator<ArchiveBuilder>) a -> a.directory("go/sub/").symlink("go/lib", "sub").file("go/lib/x", "x"), "written through the link 'lib'"),
        Arguments.of("link through a link", (UnaryOperator<ArchiveBuilder>) a -> a.directory("go/a/b/").symlink("go/up", "a/b").symlink("go/esc", "up/../../.."), "points through the link 'up'"),
        Arguments.of("later link under an earlier link's target",
            (UnaryOperator<ArchiveBuilder>) a -> a.directory("go/d/f/").symlink("go/bin/gox", "../d/e/f/../../../../../../bin/sh").symlink("go/d/e", "."),
            "points through the link 'd/e'"),
        Arguments.of("link in a folder a later entry makes a link", (UnaryOperator<ArchiveBuilder>) a -> a.symlink("go/x/l", "../VERSION").symlink("go/x", "."), "written through the link 'x'"),
        Arguments.of("hardlink outside", (UnaryOperator<ArchiveBuilder>) a -> a.hardlink("go/h", "../../etc/passwd"), "climbs out"),
        Arguments.of("device", (UnaryOperator<ArchiveBuilder>) a -> a.device("go/dev/sda"), "device, FIFO or other special file"),
        Arguments.of("duplicate", (UnaryOperator<ArchiveBuilder>) a -> a.file("go/VERSION", "again"), "appears twice"),
        Arguments.of("bomb entry", (UnaryOperator<ArchiveBuilder>) a -> a.file("go/zeros", new byte[700_000], 0644), "expands past 600000 bytes"),
        Arguments.of("bomb total", (UnaryOperator<ArchiveBuilder>) a -> a.file("go/z1", new byte[500_000], 0644).file("go/z2", new byte[500_000], 0644), "past 1000000 bytes in all"));
  }

  @ParameterizedTest(name = "tar.gz: {0}")
  @MethodSource("hostile")
  void tarGzRejects(String name, UnaryOperator<ArchiveBuilder> attack, String why) throws IOException {
    assertRejected(() -> extract(attack.apply(ArchiveBuilder.goToolchain("go1.22.5", "linux", "amd64")).tarGz(), new TarGzFormat()), why);
  }

  @ParameterizedTest(name = "zip: {0}")
  @MethodSource("hostile")
  void zipRejects(String name, UnaryOperator<ArchiveBuilder> attack, String why) throws IOException {
    if (name.equals("device") || name.equals("hardlink outside")) {
      return; // zip has no device or hard-link entries
    }
    assertRejected(() -> extract(attack.apply(ArchiveBuilder.goToolchain("go1.22.5", "windows", "amd64")).zip(), new ZipFormat()), why);
  }

  interface Extraction {
    void run() throws IOException;
  }

  void assertRejected(Extraction extraction, String why) throws IOException {
    assertThatThrownBy(extraction::run)
        .isInstanceOfSatisfying(GoreadyException.class, e -> {
          assertThat(e.exitCode()).isEqualTo(ExitCode.INTEGRITY);
          assertThat(e.getMessage()).contains("refusing archive test-archive", why);
        });
    try (Stream<Path> everything = Files.walk(temp)) {
      assertThat(everything.map(p -> temp.relativize(p).toString()))
          .allMatch(p -> p.isEmpty() || p.equals("archive") || p.equals("toolchains") || p.startsWith("toolchains/.staging-test"));
    }
  }

  @Test
  void tooManyEntriesIsABomb() {
    ArchiveBuilder many = ArchiveBuilder.goToolchain("go1.22.5", "linux", "amd64");
    for (int i = 0; i < 60; i++) {
      many.file("go/f" + i, "x");
    }
    assertThatThrownBy(() -> extract(many.tarGz(), new TarGzFormat())).hasMessageContaining("past 50 entries");
  }

  @Test
  void linksInsideTheTreeAndExecutableBitsAreKept() throws IOException {
    extract(ArchiveBuilder.goToolchain("go1.22.5", "linux", "amd64")
        .directory("go/misc/")
        .symlink("go/misc/VERSION.link", "../VERSION")
        .hardlink("go/bin/go.copy", "go/bin/go")
        .tarGz(), new TarGzFormat());
    assertThat(Files.readString(staging.resolve("misc/VERSION.link"))).startsWith("go1.22.5");
    assertThat(Files.isSymbolicLink(staging.resolve("misc/VERSION.link"))).isTrue();
    assertThat(Files.isExecutable(staging.resolve("bin/go"))).isTrue();
    assertThat(Files.isExecutable(staging.resolve("bin/go.copy"))).isTrue();
    assertThat(Files.isExecutable(staging.resolve("VERSION"))).isFalse();
  }

  static byte[] gunzip(byte[] gz) throws IOException {
    try (var in = new java.util.zip.GZIPInputStream(new ByteArrayInputStream(gz))) {
      return in.readAllBytes();
    }
  }

  static byte[] gzip(byte[] raw) throws IOException {
    var out = new java.io.ByteArrayOutputStream();
    try (var gz = new java.util.zip.GZIPOutputStream(out)) {
      gz.write(raw);
    }
    return out.toByteArray();
  }

  byte[] plainTar() throws IOException {
    return gunzip(ArchiveBuilder.goToolchain("go1.22.5", "linux", "amd64").tarGz());
  }

  @Test
  void aTarHeaderWithABadChecksumIsRefused() throws IOException {
    byte[] tar = plainTar();
    tar[265] = 'x'; // the first header's user name: harmless, but no longer what the checksum covers
    assertRejected(() -> extract(gzip(tar), new TarGzFormat()), "bad header checksum");
  }

  @Test
  void aTarWithoutItsEndMarkerIsRefused() throws IOException {
    byte[] tar = plainTar();
    int end = tar.length;
    while (end > 0 && tar[end - 1] == 0) {
      end--;
    }
    byte[] cut = java.util.Arrays.copyOf(tar, (end + 511) / 512 * 512);
    assertRejected(() -> extract(gzip(cut), new TarGzFormat()), "no end marker");
  }

  @Test
  void aGzipTrailerWithABadCrcIsRefused() throws IOException {
    byte[] archive = ArchiveBuilder.goToolchain("go1.22.5", "linux", "amd64").tarGz();
    archive[archive.length - 8] ^= 1;
    assertThatThrownBy(() -> extract(archive, new TarGzFormat())).isInstanceOf(IOException.class).hasMessageContaining("Corrupt GZIP trailer");
  }

  @Test
  void aGzipStreamWithoutItsTrailerIsRefused() throws IOException {
    byte[] archive = ArchiveBuilder.goToolchain("go1.22.5", "linux", "amd64").tarGz();
    byte[] cut = java.util.Arrays.copyOf(archive, archive.length - 8);
    assertThatThrownBy(() -> extract(cut, new TarGzFormat())).isInstanceOf(IOException.class);
  }

  @Test
  void corruptGzipIsAnIoErrorNotASilentSuccess() {
    byte[] archive = ArchiveBuilder.goToolchain("go1.22.5", "linux", "amd64").tarGz();
    byte[] truncated = java.util.Arrays.copyOf(archive, archive.length / 2);
    assertThatThrownBy(() -> extract(truncated, new TarGzFormat())).isInstanceOf(IOException.class);
  }

  @Test
  void aNameOrLinkTargetTheFileSystemCannotHoldIsRefusedNotACrash() throws IOException {
    // An unpaired surrogate is unmappable in every charset, as é is under LANG=C's ASCII file names.
    StagingWriter writer = new StagingWriter(staging, "test-archive", SMALL);
    assertThatThrownBy(() -> writer.file("go/x\uD800y", new ByteArrayInputStream(new byte[0]), 0644))
        .isInstanceOf(UnsafeArchiveException.class).hasMessageContaining("is not a file name this system can write");
    writer.directory("go/");
    writer.symlink("go/link", "x\uD800y");
    assertThatThrownBy(writer::completeLinks).isInstanceOf(UnsafeArchiveException.class).hasMessageContaining("is a link whose target this system cannot write");
  }
}
