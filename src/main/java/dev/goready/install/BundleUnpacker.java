package dev.goready.install;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The safe extraction toolchains get (names checked, links judged against the final tree, bombs
 * stopped), for another kind of release archive: goready's own bundle, whose entries lie under
 * {@code goready-VERSION/}. The archive was verified before it gets here.
 */
public final class BundleUnpacker {
  private BundleUnpacker() {}

  /** Unpacks {@code archive} (named {@code filename}: .tar.gz or .zip) into the empty folder {@code into}, stripping {@code top}. */
  public static void unpack(Path archive, String filename, Path into, String top, ExtractionLimits limits) throws IOException {
    ArchiveFormat format = ArchiveFormat.forFilename(filename);
    try (InputStream in = Files.newInputStream(archive)) {
      format.extract(in, archive, new StagingWriter(into, filename, limits, List.of(top)));
    }
  }
}
