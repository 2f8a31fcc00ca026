package dev.goready.install;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.testing.ArchiveBuilder;
import dev.goready.testing.Fuzz;
import dev.goready.testing.Gzip;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/**
 * Fuzz target for the extractors and the staging writer together: mutated tars (gzipped again, so
 * the mutation reaches the tar reader rather than gzip's CRC) and mutated zips either fail with a
 * documented error or leave a tree whose every entry, links followed, stays inside the staging folder.
 */
@Tag("fuzz")
class ArchivePropertiesTest {
  private static final ExtractionLimits SMALL = new ExtractionLimits(64, 2_000_000, 1_000_000);

  private static ArchiveBuilder withLinks(String goos) {
    return ArchiveBuilder.goToolchain("go1.22.5", goos, "amd64")
        .directory("go/pkg/tool/")
        .symlink("go/bin/gofmt", "go")
        .symlink("go/pkg/tool/up", "../../bin")
        .hardlink("go/bin/go2", "go/VERSION");
  }

  @Provide
  Arbitrary<byte[]> tars() {
    return Fuzz.nearBytes(List.of(Gzip.gunzip(withLinks("linux").tarGz())));
  }

  @Provide
  Arbitrary<byte[]> zips() {
    return Fuzz.nearBytes(List.of(ArchiveBuilder.goToolchain("go1.22.5", "windows", "amd64").zip()));
  }

  @Property
  void aMutatedTarFailsCleanlyOrStaysInside(@ForAll("tars") byte[] tar) throws IOException {
    checkExtraction(tar, Gzip.gzip(tar), new TarGzFormat());
  }

  @Property
  void aMutatedZipFailsCleanlyOrStaysInside(@ForAll("zips") byte[] zip) throws IOException {
    checkExtraction(zip, zip, new ZipFormat());
  }

  private static void checkExtraction(byte[] input, byte[] archive, ArchiveFormat format) throws IOException {
    Path temp = Files.createTempDirectory("goready-fuzz-archive");
    try {
      Path staging = Files.createDirectories(temp.resolve("toolchains/.staging-fuzz"));
      Path file = Files.write(temp.resolve("archive"), archive);
      Fuzz.run(input, () -> {
        StagingWriter writer = new StagingWriter(staging, "fuzz-archive", SMALL);
        format.extract(new ByteArrayInputStream(archive), file, writer);
        writer.completeLinks();
      }, IOException.class, UncheckedIOException.class);
      Path realStaging = staging.toRealPath();
      try (Stream<Path> tree = Files.walk(staging)) {
        for (Path path : tree.toList()) {
          if (Files.exists(path)) {
            assertThat(path.toRealPath()).as("%s for input %s", path, Fuzz.show(input)).startsWithRaw(realStaging);
          }
        }
      }
    } finally {
      try (Stream<Path> tree = Files.walk(temp)) {
        tree.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
