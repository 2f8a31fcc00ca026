package dev.goready.audit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;

/**
 * The end of the log, read backwards in blocks: a torn last line and the last complete line cost a
 * few reads however long the log is.
 */
final class LogTail {
  private static final int BLOCK = 8192;

  private LogTail() {}

  /** Where the bytes after the last newline start (0 when there is no newline at all). */
  static long afterLastNewline(FileChannel channel, long end) throws IOException {
    long position = end;
    ByteBuffer block = ByteBuffer.allocate(BLOCK);
    while (position > 0) {
      int length = (int) Math.min(BLOCK, position);
      long start = position - length;
      block.clear().limit(length);
      readFully(channel, block, start);
      for (int i = length - 1; i >= 0; i--) {
        if (block.get(i) == '\n') {
          return start + i + 1;
        }
      }
      position = start;
    }
    return 0;
  }

  /** The bytes of a crash's unfinished last line (no newline after it): they are cut before the next append. */
  static long tornBytes(FileChannel channel) throws IOException {
    long size = channel.size();
    return size - afterLastNewline(channel, size);
  }

  /** The last complete line without its newline; empty array for an empty log. Call after the torn tail is cut. */
  static byte[] lastLine(FileChannel channel) throws IOException {
    long size = channel.size();
    if (size == 0) {
      return new byte[0];
    }
    long start = afterLastNewline(channel, size - 1);
    ByteBuffer line = ByteBuffer.allocate(Math.toIntExact(size - 1 - start));
    readFully(channel, line, start);
    return Arrays.copyOf(line.array(), line.capacity());
  }

  private static void readFully(FileChannel channel, ByteBuffer buffer, long at) throws IOException {
    long position = at;
    while (buffer.hasRemaining()) {
      int read = channel.read(buffer, position);
      if (read < 0) {
        throw new IOException("the audit log shrank while it was read");
      }
      position += read;
    }
  }
}
