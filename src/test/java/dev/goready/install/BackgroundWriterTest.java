package dev.goready.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes on a second thread still land in order, completely, and stop at the first refusal. */
class BackgroundWriterTest {
  @TempDir Path temp;

  StagingWriter staging(ExtractionLimits limits) {
    return new StagingWriter(temp, "test.zip", limits, List.of("m@v1"));
  }

  @Test
  void everyEntryLandsWholeIncludingOnesTooLargeToQueue() throws Exception {
    byte[] large = new byte[20 << 20];
    new Random(7).nextBytes(large);
    try (BackgroundWriter writer = new BackgroundWriter(staging(ExtractionLimits.DEFAULT), 1 << 20)) {
      for (int i = 0; i < 300; i++) {
        writer.file("m@v1/src/f" + i + ".go", new ByteArrayInputStream(("package f // " + i).getBytes(StandardCharsets.UTF_8)), 0644);
      }
      boolean[] closed = {false};
      var content = new ByteArrayInputStream(large) {
        @Override
        public void close() {
          closed[0] = true;
        }
      };
      writer.file("m@v1/bin/go", content, 0755);
      assertThat(closed[0]).as("the caller's stream is the caller's to close").isFalse();
      writer.directory("m@v1/empty/");
      writer.finish();
    }
    assertThat(temp.resolve("src/f299.go")).hasContent("package f // 299");
    assertThat(Files.readAllBytes(temp.resolve("bin/go"))).isEqualTo(large);
    assertThat(Files.isExecutable(temp.resolve("bin/go"))).isTrue();
    assertThat(temp.resolve("empty")).isDirectory();
  }

  @Test
  void theFirstRefusalStopsTheRestAndSurfaces() throws Exception {
    try (BackgroundWriter writer = new BackgroundWriter(staging(ExtractionLimits.DEFAULT), 1 << 20)) {
      writer.file("m@v1/a", new ByteArrayInputStream(new byte[] {1}), 0644);
      writer.file("m@v1/../escape", new ByteArrayInputStream(new byte[] {2}), 0644);
      assertThatThrownBy(() -> {
        for (int i = 0; i < 1000; i++) {
          writer.file("m@v1/after" + i, new ByteArrayInputStream(new byte[] {3}), 0644);
        }
        writer.finish();
      }).isInstanceOf(UnsafeArchiveException.class).hasMessageContaining("climbs out");
    }
    assertThat(temp.resolve("a")).exists();
    assertThat(temp.resolve("after999")).doesNotExist();
    assertThat(temp.getParent().resolve("escape")).doesNotExist();
  }

  @Test
  void limitsStillHoldOnTheWriterThread() throws Exception {
    try (BackgroundWriter writer = new BackgroundWriter(staging(new ExtractionLimits(10, 1_000_000, 1_000_000)), 1 << 20)) {
      assertThatThrownBy(() -> {
        for (int i = 0; i < 100; i++) {
          writer.file("m@v1/f" + i, new ByteArrayInputStream(new byte[] {1}), 0644);
        }
        writer.finish();
      }).isInstanceOf(UnsafeArchiveException.class).hasMessageContaining("entries");
    }
  }
}
