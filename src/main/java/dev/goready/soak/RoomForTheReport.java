package dev.goready.soak;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Disk space held from the start of a soak for its final outputs: a file of real (not sparse) blocks,
 * given back just before the report, summary and CSVs are written. Whatever fills the disk meanwhile
 * (the soak's own files with --min-free 0, or another program), the report still fits.
 */
final class RoomForTheReport {
  static final String FILE = ".room-for-the-report";
  /** Enough for the report, summary and cycles.csv of a 72-hour run; a quarter of a disk smaller than that. */
  static final long BYTES = 1L << 20;
  private final Path file;

  private RoomForTheReport(Path file) {
    this.file = file;
  }

  static RoomForTheReport hold(Path out) throws IOException {
    Path file = out.resolve(FILE);
    long size = Math.min(BYTES, Files.getFileStore(out).getUsableSpace() / 4);
    byte[] block = new byte[8192];
    try (OutputStream room = Files.newOutputStream(file)) {
      for (long left = size; left > 0; left -= block.length) {
        room.write(block, 0, (int) Math.min(block.length, left));
      }
    } catch (IOException full) {
      Files.deleteIfExists(file); // a disk already full: nothing held, the soak stops at its first write
    }
    return new RoomForTheReport(file);
  }

  void release() throws IOException {
    Files.deleteIfExists(file);
  }
}
