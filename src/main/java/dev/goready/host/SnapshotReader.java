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
  private SnapshotReader() {}

  public static FixtureHost open(Path snapshot, Path scratch) {
    if (Files.isDirectory(snapshot)) {
      return new FixtureHost(snapshot);
    }
    if (!Files.isRegularFile(snapshot)) {
      throw new GoreadyException(ExitCode.NETWORK, "snapshot " + snapshot + " does not exist", "pass a folder or a zip written by goready doctor --collect");
    }
    try (ZipFile zip = new ZipFile(snapshot.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        String name = entry.getName();
        if (name.startsWith("/") || name.startsWith("\\") || name.matches("^[A-Za-z]:.*") || name.replace('\\', '/').matches("(^|.*/)\\.\\.(/.*|$)")) {
          throw new GoreadyException(ExitCode.NETWORK, "snapshot " + snapshot + " has an unsafe entry '" + name + "'",
              "a snapshot's entries are relative paths; this file was not written by goready");
        }
        Path target = scratch.resolve(name).normalize();
        if (!target.startsWith(scratch)) {
          throw new GoreadyException(ExitCode.NETWORK, "snapshot " + snapshot + " has an unsafe entry '" + name + "'", null);
        }
        if (entry.isDirectory()) {
          Files.createDirectories(target);
          continue;
        }
        Files.createDirectories(target.getParent());
        try (InputStream in = zip.getInputStream(entry)) {
          Files.copy(in, target);
        }
      }
    } catch (IOException e) {
      throw new GoreadyException(ExitCode.NETWORK, "cannot read snapshot " + snapshot + ": " + e.getMessage(), "pass a zip written by goready doctor --collect");
    }
    return new FixtureHost(scratch);
  }
}
