package dev.goready.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventLogTest {
  @TempDir Path out;

  /** What zcat recovers from a segment: every whole line, even when the gzip trailer is missing. */
  static List<String> lines(byte[] gzip) throws IOException {
    StringBuilder text = new StringBuilder();
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
      byte[] buffer = new byte[8192];
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        text.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
      }
    } catch (EOFException torn) {
      // a segment cut by kill -9: what was flushed before the cut is there
    }
    List<String> lines = new ArrayList<>(Arrays.asList(text.toString().split("\n", -1)));
    lines.removeLast(); // after the last newline: empty, or a line cut short
    return lines;
  }

  @Test
  void segmentsRotateBySizeWithoutSplittingALineAndCompress() throws IOException {
    try (EventLog log = EventLog.open(out, 10_000)) {
      for (int i = 0; i < 1000; i++) {
        log.write("{\"cycle\":1,\"stream\":\"test\",\"event\":{\"Action\":\"pass\",\"Test\":\"TestNumber" + i + "\"}}");
      }
    }
    List<Path> segments = EventLog.segments(out);
    assertThat(segments).hasSizeBetween(7, 8);
    assertThat(segments.getFirst().getFileName()).hasToString("events-000001.jsonl.gz");
    List<String> all = new ArrayList<>();
    long compressed = 0;
    for (Path segment : segments) {
      all.addAll(lines(Files.readAllBytes(segment)));
      compressed += Files.size(segment);
    }
    assertThat(all).hasSize(1000).allMatch(l -> l.startsWith("{\"cycle\":1,") && l.endsWith("\"}}"));
    assertThat(all.get(999)).contains("TestNumber999");
    assertThat(compressed).as("gzip, not text").isLessThan(all.stream().mapToLong(String::length).sum() / 4);
  }

  @Test
  void aKillLeavesEveryFlushedCycleReadableAndAResumeStartsTheNextSegment() throws IOException {
    EventLog log = EventLog.open(out, 1 << 20);
    log.write("{\"cycle\":1}");
    log.flush(); // the end of cycle 1
    log.write("{\"cycle\":2, cut by the kill before its flush}");
    Path first = EventLog.segments(out).getFirst();
    byte[] onDisk = Files.readAllBytes(first); // what a kill -9 leaves: no trailer, cycle 2 unflushed
    assertThat(lines(onDisk)).containsExactly("{\"cycle\":1}");
    Files.write(first, onDisk);

    try (EventLog resumed = EventLog.open(out, 1 << 20)) {
      resumed.write("{\"cycle\":2}");
    }
    assertThat(EventLog.segments(out)).extracting(p -> p.getFileName().toString()).containsExactly("events-000001.jsonl.gz", "events-000002.jsonl.gz");
    try (InputStream in = new GZIPInputStream(Files.newInputStream(first))) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).as("the torn segment, closed whole on resume").isEqualTo("{\"cycle\":1}\n");
    }
    assertThat(lines(Files.readAllBytes(EventLog.segments(out).getLast()))).containsExactly("{\"cycle\":2}");
  }

  @Test
  void roomIsMadeByGivingUpTheOldestSegmentsOneAtATime() throws IOException {
    try (EventLog log = EventLog.open(out, 10)) {
      for (int i = 0; i < 3; i++) {
        log.write("{\"cycle\":" + (i + 1) + "}");
      }
    }
    assertThat(EventLog.segments(out)).hasSize(4); // three full ones and the empty one begun after the last
    assertThat(EventLog.deleteOldest(out)).isTrue();
    assertThat(EventLog.segments(out).getFirst().getFileName()).hasToString("events-000002.jsonl.gz");
    while (EventLog.deleteOldest(out)) {
      // until none is left
    }
    assertThat(EventLog.segments(out)).isEmpty();
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<byte[]> segments() throws IOException {
    java.io.ByteArrayOutputStream whole = new java.io.ByteArrayOutputStream();
    try (var gzip = new java.util.zip.GZIPOutputStream(whole, true)) {
      gzip.write("{\"cycle\":1}\n{\"cycle\":2}\n".getBytes(StandardCharsets.UTF_8));
      gzip.flush();
    }
    byte[] complete = whole.toByteArray();
    return dev.goready.testing.Fuzz.nearBytes(List.of(complete, Arrays.copyOf(complete, complete.length - 8), new byte[0]));
  }

  /** Whatever a kill, a disk or a person left as the newest segment, a resume goes on and leaves it readable whole. */
  @net.jqwik.api.Property
  @net.jqwik.api.Tag("fuzz")
  void anyNewestSegmentIsClosedWholeOnResume(@net.jqwik.api.ForAll("segments") byte[] segment) throws Exception {
    Path dir = Files.createTempDirectory("event-log");
    try {
      Path first = dir.resolve("events-000001.jsonl.gz");
      Files.write(first, segment);
      dev.goready.testing.Fuzz.run(segment, () -> {
        try (EventLog log = EventLog.open(dir, 1 << 20)) {
          log.write("{\"cycle\":3}");
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(first))) {
          assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).matches("(?s)(.*\n)?");
        }
      });
    } finally {
      dev.goready.testing.TestFiles.deleteTree(dir);
    }
  }
}
