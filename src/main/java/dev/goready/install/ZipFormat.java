package dev.goready.install;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/** zip (the Windows distribution), read through its central directory once the file is complete. */
final class ZipFormat implements ArchiveFormat {

  @Override
  public boolean streams() {
    return false;
  }

  @Override
  public void extract(InputStream in, Path file, StagingWriter writer) throws IOException {
    try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
      Enumeration<ZipArchiveEntry> entries = zip.getEntriesInPhysicalOrder();
      while (entries.hasMoreElements()) {
        ZipArchiveEntry entry = entries.nextElement();
        String name = entry.getName();
        if (entry.isDirectory()) {
          writer.directory(name);
        } else if (entry.isUnixSymlink()) {
          try (InputStream target = zip.getInputStream(entry)) {
            writer.symlink(name, new String(target.readNBytes(4096), StandardCharsets.UTF_8));
          }
        } else {
          try (InputStream content = zip.getInputStream(entry)) {
            writer.file(name, content, entry.getUnixMode());
          }
        }
      }
    }
  }
}
