package dev.goready.audit;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The log's lines as bytes, one at a time, in bounded memory: a log of any size, or one that is
 * not text at all, is walked without holding it. A line longer than any entry goready writes is
 * handed on as oversized, without its bytes.
 */
final class LogLines {
  /** Far above any real entry (a few hundred bytes to a few KB). */
  static final int MAX_LINE = 1 << 20;

  interface Visitor {
    /** {@code bytes} is null when the line was oversized. */
    void line(long number, byte[] bytes) throws IOException;
  }

  private LogLines() {}

  /** Visits every line, the last one even without its newline; returns how many there were. */
  static long forEach(Path file, Visitor visitor) throws IOException {
    long number = 0;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      boolean oversized = false;
      boolean pending = false;
      int b;
      while ((b = in.read()) >= 0) {
        if (b == '\n') {
          visitor.line(++number, oversized ? null : line.toByteArray());
          line.reset();
          oversized = false;
          pending = false;
          continue;
        }
        pending = true;
        if (line.size() < MAX_LINE) {
          line.write(b);
        } else {
          oversized = true;
        }
      }
      if (pending) {
        visitor.line(++number, oversized ? null : line.toByteArray());
      }
    }
    return number;
  }
}
