package dev.goready.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.release.Platform;
import dev.goready.release.ToolchainModule;
import dev.goready.testing.ArchiveBuilder;
import dev.goready.testing.Dirhash;
import dev.goready.testing.Fuzz;
import dev.goready.testing.Gzip;
import dev.goready.testing.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/**
 * Fuzz target for the toolchain module's h1 computed from a go.dev release archive: a well-formed
 * tar.gz or zip hashes like the module zip cmd/distpack would make of it (recomputed independently);
 * a mangled or hostile one gives a hash or a documented refusal, in time.
 */
@Tag("fuzz")
class ReleaseArchiveHashPropertiesTest {
  private static final ToolchainModule MODULE = new ToolchainModule("go1.22.5", new Platform("linux", "amd64"));
  private static final String[] PIECES = {"api", "doc", "misc", "test", "src", "bin", "go.mod", "x", "é", "😀", "｡"};

  @Provide
  Arbitrary<Map<String, String>> trees() {
    Arbitrary<String> name = Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(4).map(parts -> "go/" + String.join("/", parts));
    return Arbitraries.maps(name, Arbitraries.strings().ofMaxLength(200)).ofMinSize(1).ofMaxSize(20);
  }

  /** Both archive kinds of one tree hash to the h1 of the module zip made from it. */
  @Property
  void aWellFormedArchiveHashesLikeItsModuleZip(@ForAll("trees") Map<String, String> files) throws IOException {
    ArchiveBuilder tree = new ArchiveBuilder();
    files.forEach(tree::file);
    String expected = Dirhash.ofZip(tree.toolchainModuleZip(MODULE.version()));
    assertThat(hash(tree.tarGz(), ".tar.gz")).as("%s", files.keySet()).isEqualTo(expected);
    assertThat(hash(tree.zip(), ".zip")).as("%s", files.keySet()).isEqualTo(expected);
  }

  private static ArchiveBuilder hostile() {
    return ArchiveBuilder.goToolchain("go1.22.5", "linux", "amd64")
        .file("go/src/go.mod", "module std\n")
        .file("go/src/_go.mod", "module renamed\n")
        .file("go/api/go1.txt", "pkg fmt\n")
        .file("go/VERSION", "go1.22.6\n")
        .file("go/src/line\nbreak.go", "package x\n")
        .file("go/src/nul\u0000\r.go", "package y\n")
        .symlink("go/bin/gofmt", "go");
  }

  @Provide
  Arbitrary<byte[]> tars() {
    return Fuzz.nearBytes(List.of(Gzip.gunzip(ArchiveBuilder.goToolchain("go1.22.5", "linux", "amd64").tarGz()), Gzip.gunzip(hostile().tarGz())));
  }

  @Provide
  Arbitrary<byte[]> zips() {
    return Fuzz.nearBytes(List.of(ArchiveBuilder.goToolchain("go1.22.5", "windows", "amd64").zip(), hostile().zip()));
  }

  /** A mangled tar (gzipped again, so the mutation reaches the tar reader) hashes or is refused. */
  @Property
  void aMutatedTarHashesOrIsRefused(@ForAll("tars") byte[] tar) {
    Fuzz.only(tar, () -> hash(Gzip.gzip(tar), ".tar.gz"), IOException.class);
  }

  @Property
  void aMutatedZipHashesOrIsRefused(@ForAll("zips") byte[] zip) {
    Fuzz.only(zip, () -> hash(zip, ".zip"), IOException.class);
  }

  private static String hash(byte[] archive, String extension) throws IOException {
    Path dir = Files.createTempDirectory("goready-fuzz-release");
    try {
      return ReleaseArchiveHash.of(Files.write(dir.resolve("go1.22.5.linux-amd64" + extension), archive), MODULE);
    } finally {
      TestFiles.deleteTree(dir);
    }
  }
}
