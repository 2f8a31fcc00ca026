package dev.goready.install;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/** tar.gz, read as it streams in: gzip by the JDK's native zlib, tar (GNU, PAX) by Commons Compress. */
final class TarGzFormat implements ArchiveFormat {

  @Override
  public boolean streams() {
    return true;
  }

  @Override
  public void extract(InputStream in, Path file, StagingWriter writer) throws IOException {
    // Not closed here: the caller still drains what follows the tar's end so the digest covers every byte.
    TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(in, 1 << 16));
    TarArchiveEntry entry;
    while ((entry = tar.getNextEntry()) != null) {
      String name = entry.getName();
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
  }
}
