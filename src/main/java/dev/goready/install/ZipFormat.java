package dev.goready.install;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * zip (the Windows distribution), read through its central directory once the file is complete;
 * files are written on a second thread while the next entries inflate.
 */
final class ZipFormat implements ArchiveFormat {

  @Override
  public boolean streams() {
    return false;
  }

  @Override
  public void extract(InputStream in, Path file, StagingWriter writer) throws IOException {
    try (ZipFile zip = ZipFile.builder().setPath(file).get();
        BackgroundWriter out = new BackgroundWriter(writer, BackgroundWriter.DEFAULT_BUFFER)) {
      Enumeration<ZipArchiveEntry> entries = zip.getEntriesInPhysicalOrder();
      while (entries.hasMoreElements()) {
        ZipArchiveEntry entry = entries.nextElement();
        String name = entry.getName();
        if (entry.isDirectory()) {
          out.directory(name);
        } else if (entry.isUnixSymlink()) {
          try (InputStream target = zip.getInputStream(entry)) {
            out.symlink(name, new String(target.readNBytes(4096), StandardCharsets.UTF_8));
          }
        } else {
          try (InputStream content = zip.getInputStream(entry)) {
            out.file(name, content, entry.getUnixMode());
          }
        }
      }
      out.finish();
      writer.completeLinks();
    }
  }
}
