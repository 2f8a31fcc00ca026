package dev.goready.soak;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * The raw test events, compressed as they are written: events-000001.jsonl.gz, events-000002.jsonl.gz…,
 * each closed and the next begun past {@code segmentBytes} of text (raw `go test -json` is about 300 kB
 * a cycle for a 1,000-test suite and compresses about tenfold). Each cycle ends in a sync flush, so a
 * kill -9 loses at most the cycle in progress; a resumed soak closes the torn segment (rewritten whole
 * up to its last line) and begins a new one. When the disk fills, whole old segments
 * can be given up one at a time, never the events as a whole.
 */
final class EventLog implements AutoCloseable {
  static final long SEGMENT_BYTES = 64L << 20;
  private static final Pattern SEGMENT = Pattern.compile("events-(\\d{6,9})\\.jsonl\\.gz");
  private final Path dir;
  private final long segmentBytes;
  private int segment;
  private Writer writer;
  private long written;

  private EventLog(Path dir, long segmentBytes, int lastSegment) {
    this.dir = dir;
    this.segmentBytes = segmentBytes;
    this.segment = lastSegment;
  }

  static EventLog open(Path dir, long segmentBytes) throws IOException {
    List<Path> existing = segments(dir);
    if (!existing.isEmpty()) {
      closeTorn(existing.getLast());
    }
    EventLog log = new EventLog(dir, segmentBytes, existing.isEmpty() ? 0 : number(existing.getLast()));
    log.next();
    return log;
  }

  /**
   * A segment a kill left without its gzip trailer is rewritten whole, up to its last complete line, so
   * that every tool reads it without "unexpected end of file". Only the newest segment can be torn.
   */
  private static void closeTorn(Path segment) throws IOException {
    if (!copyWholeLines(segment, OutputStream.nullOutputStream())) {
      return;
    }
    Path whole = segment.resolveSibling(segment.getFileName() + ".whole");
    try (OutputStream gzip = new GZIPOutputStream(Files.newOutputStream(whole))) {
      copyWholeLines(segment, gzip);
    }
    Files.move(whole, segment, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Streams the segment's text up to its last newline into {@code to}; true when the segment was torn. */
  private static boolean copyWholeLines(Path segment, OutputStream to) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(); // the bytes since the last newline
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = new GZIPInputStream(Files.newInputStream(segment))) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        int last = n - 1;
        while (last >= 0 && buffer[last] != '\n') {
          last--;
        }
        if (last >= 0) {
          line.writeTo(to);
          line.reset();
          to.write(buffer, 0, last + 1);
        }
        line.write(buffer, last + 1, n - last - 1);
      }
      return false;
    } catch (EOFException | ZipException torn) {
      return true;
    }
  }

  /** One line; the segment rotates after it when full, so no line is split across two. */
  void write(String line) throws IOException {
    writer.write(line);
    writer.write('\n');
    written += line.length() + 1;
    if (written >= segmentBytes) {
      writer.close();
      next();
    }
  }

  /** Everything written so far becomes readable (a gzip sync flush), at the end of each cycle. */
  void flush() throws IOException {
    writer.flush();
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }

  private void next() throws IOException {
    segment++;
    Path file = dir.resolve(String.format(Locale.ROOT, "events-%06d.jsonl.gz", segment));
    var stream = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    writer = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(stream, 64 * 1024, true), StandardCharsets.UTF_8), 64 * 1024);
    written = 0;
  }

  /** The segments in the folder, oldest first. */
  static List<Path> segments(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> SEGMENT.matcher(f.getFileName().toString()).matches()).sorted((a, b) -> Integer.compare(number(a), number(b))).toList();
    }
  }

  /** Gives up the oldest segment to make room; false when there is none left to give. */
  static boolean deleteOldest(Path dir) throws IOException {
    List<Path> segments = segments(dir);
    if (segments.isEmpty()) {
      return false;
    }
    Files.delete(segments.getFirst());
    return true;
  }

  private static int number(Path segment) {
    var m = SEGMENT.matcher(segment.getFileName().toString());
    return m.matches() ? Integer.parseInt(m.group(1)) : 0;
  }
}
