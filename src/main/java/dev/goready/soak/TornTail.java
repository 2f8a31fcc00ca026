package dev.goready.soak;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** The files a soak appends a line at a time (cycles.jsonl, samples.csv), made whole again after a kill -9. */
final class TornTail {
  private TornTail() {}

  /** Cuts the file back to its last newline: what follows it is a line a kill interrupted. Reads only the tail. */
  static void cut(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      long end = channel.size();
      ByteBuffer chunk = ByteBuffer.allocate(64 * 1024);
      while (end > 0) {
        long start = Math.max(0, end - chunk.capacity());
        chunk.clear().limit((int) (end - start));
        while (chunk.hasRemaining() && channel.read(chunk, start + chunk.position()) >= 0) {
          // a positional read may return fewer bytes than asked
        }
        for (int i = chunk.position() - 1; i >= 0; i--) {
          if (chunk.get(i) == '\n') {
            channel.truncate(start + i + 1);
            return;
          }
        }
        end = start;
      }
      channel.truncate(0); // not one whole line
    }
  }
}
