package dev.goready.install;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** Extracts one archive format into a staging folder through a {@link StagingWriter}. */
sealed interface ArchiveFormat permits TarGzFormat, ZipFormat {

  static ArchiveFormat forFilename(String filename) {
    if (filename.endsWith(".zip")) {
      return new ZipFormat();
    }
    if (filename.endsWith(".tar.gz") || filename.endsWith(".tgz")) {
      return new TarGzFormat();
    }
    throw new IllegalArgumentException("not a Go archive: " + filename);
  }

  /** Whether entries can be written while the bytes still arrive (tar.gz); zip needs the whole file. */
  boolean streams();

  /** Streaming formats read {@code in}; others open {@code file}, which then holds the whole archive. */
  void extract(InputStream in, Path file, StagingWriter writer) throws IOException;
}
