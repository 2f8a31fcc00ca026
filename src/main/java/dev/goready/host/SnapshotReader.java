package dev.goready.host;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Opens a snapshot (a folder, or a zip written by --collect) as a {@link FixtureHost}. A snapshot that
 * cannot be read means doctor cannot run: exit 3, as the doctor contract says.
 */
public final class SnapshotReader {
  /** A real snapshot is a few hundred KB in a few hundred entries; these bound what a hostile zip can write. */
  static final long MAX_TOTAL_BYTES = 256L << 20;

  static final int MAX_ENTRIES = 20_000;
  static final long MAX_RATIO = 200;

  private SnapshotReader() {}

  public static FixtureHost open(Path snapshot, Path scratch) {
    if (Files.isDirectory(snapshot)) {
      return new FixtureHost(snapshot);
    }
    if (!Files.isRegularFile(snapshot)) {
      throw new GoreadyException(ExitCode.NETWORK, "snapshot " + snapshot + " does not exist", "pass a folder or a zip written by goready doctor --collect");
    }
    try (ZipFile zip = new ZipFile(snapshot.toFile())) {
      if (zip.size() > MAX_ENTRIES) {
        throw tooBig(snapshot, zip.size() + " entries");
      }
      long[] written = {0};
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        String name = entry.getName();
        if (name.startsWith("/") || name.startsWith("\\") || name.matches("^[A-Za-z]:.*") || name.replace('\\', '/').matches("(^|.*/)\\.\\.(/.*|$)")) {
          throw new GoreadyException(ExitCode.NETWORK, "snapshot " + snapshot + " has an unsafe entry '" + name + "'",
              "a snapshot's entries are relative paths; this file was not written by goready");
        }
        Path target;
        try {
          target = scratch.resolve(name).normalize();
        } catch (java.nio.file.InvalidPathException e) {
          throw new GoreadyException(ExitCode.NETWORK, "snapshot " + snapshot + " has an entry whose name is no path here ('" + name + "')",
              "a snapshot's entries are plain relative paths; this file was not written by goready");
        }
        if (!target.startsWith(scratch)) {
          throw new GoreadyException(ExitCode.NETWORK, "snapshot " + snapshot + " has an unsafe entry '" + name + "'", null);
        }
        if (entry.isDirectory()) {
          Files.createDirectories(target);
          continue;
        }
        Files.createDirectories(target.getParent());
        try (InputStream in = zip.getInputStream(entry); var out = Files.newOutputStream(target, java.nio.file.StandardOpenOption.CREATE_NEW)) {
          copyBounded(in, out, snapshot, entry, written);
        }
      }
    } catch (IOException e) {
      throw new GoreadyException(ExitCode.NETWORK, "cannot read snapshot " + snapshot + ": " + e.getMessage(), "pass a zip written by goready doctor --collect");
    }
    return new FixtureHost(scratch);
  }

  /** Copies one entry, stopping at the total cap or when it inflates past the ratio a snapshot's text can reach. */
  private static void copyBounded(InputStream in, java.io.OutputStream out, Path snapshot, ZipEntry entry, long[] written) throws IOException {
    long compressed = Math.max(entry.getCompressedSize(), 1024);
    long entryBytes = 0;
    byte[] buffer = new byte[1 << 16];
    for (int n; (n = in.read(buffer)) > 0; ) {
      entryBytes += n;
      written[0] += n;
      if (written[0] > MAX_TOTAL_BYTES) {
        throw tooBig(snapshot, "more than " + (MAX_TOTAL_BYTES >> 20) + " MB unpacked");
      }
      if (entryBytes > compressed * MAX_RATIO) {
        throw tooBig(snapshot, "entry " + entry.getName() + " inflating more than " + MAX_RATIO + " times");
      }
      out.write(buffer, 0, n);
    }
  }

  private static GoreadyException tooBig(Path snapshot, String what) {
    return new GoreadyException(ExitCode.NETWORK, "snapshot " + snapshot + " is not a goready snapshot: " + what, "use a zip written by goready doctor --collect");
  }
}
