package dev.goready.install;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * tar.gz, read as it streams in: gzip by the JDK's native zlib, tar (GNU, PAX) by Commons Compress.
 * Strict where it costs nothing: every header's checksum, the end-of-archive marker, and the gzip
 * trailer (length and CRC-32, read by inflating the few bytes after the marker) must be right.
 */
final class TarGzFormat implements ArchiveFormat {

  @Override
  public boolean streams() {
    return true;
  }

  @Override
  public void extract(InputStream in, Path file, StagingWriter writer) throws IOException {
    // The gzip stream is not closed here: the caller still drains what follows it so the digest covers every byte.
    GZIPInputStream gzip = new GZIPInputStream(in, 1 << 16);
    TarTail tail = new TarTail(gzip);
    TarArchiveInputStream tar = new TarArchiveInputStream(tail);
    TarArchiveEntry entry;
    while ((entry = tar.getNextEntry()) != null) {
      String name = entry.getName();
      if (!entry.isCheckSumOK()) {
        writer.reject(name, "has a bad header checksum (a corrupt tar)");
      }
      if (entry.isDirectory()) {
        writer.directory(name);
      } else if (entry.isSymbolicLink()) {
        writer.symlink(name, entry.getLinkName());
      } else if (entry.isLink()) {
        writer.hardlink(name, entry.getLinkName());
      } else if (entry.isCharacterDevice() || entry.isBlockDevice() || entry.isFIFO()) {
        writer.reject(name, "is a device, FIFO or other special file");
      } else if (entry.isFile()) { // Commons Compress counts unknown types as files; specials are excluded above
        writer.file(name, tar, entry.getMode());
      } else {
        writer.reject(name, "is a device, FIFO or other special file");
      }
    }
    if (!tail.endedWithZeroBlock()) {
      writer.reject("(end of archive)", "is missing: the tar has no end marker (truncated?)");
    }
    // Inflating to the end makes GZIPInputStream check the trailer's CRC-32 and length.
    gzip.transferTo(OutputStream.nullOutputStream());
    writer.completeLinks();
  }

  /**
   * Passes the tar through and keeps its last 512 bytes, so that the end of the archive can be told
   * from a stream that simply stopped: tar's end marker is a zero block, a header never is.
   */
  private static final class TarTail extends InputStream {
    private static final int BLOCK = 512;
    private final InputStream in;
    private final byte[] last = new byte[BLOCK];
    private long position;

    TarTail(InputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      if (n > 0) {
        int keep = Math.min(n, BLOCK);
        int slot = (int) ((position + n - keep) % BLOCK);
        for (int i = 0; i < keep; i++) { // at most 512 bytes a read, so the cost stays flat
          last[(slot + i) % BLOCK] = b[off + n - keep + i];
        }
        position += n;
      }
      return n;
    }

    boolean endedWithZeroBlock() {
      if (position < BLOCK || position % BLOCK != 0) {
        return false;
      }
      for (byte b : last) {
        if (b != 0) {
          return false;
        }
      }
      return true;
    }
  }
}
