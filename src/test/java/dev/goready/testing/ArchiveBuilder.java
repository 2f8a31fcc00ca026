package dev.goready.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/** Builds real tar.gz and zip archives in memory: Go-shaped ones, and hostile ones. */
public final class ArchiveBuilder {
  private record Entry(String name, byte[] content, int mode, byte type, String linkTarget) {}

  private final List<Entry> entries = new ArrayList<>();

  /** A minimal toolchain: go/VERSION and an executable go/bin/go script that prints its version. */
  public static ArchiveBuilder goToolchain(String version, String goos, String goarch) {
    String script = "#!/bin/sh\necho go version " + version + " " + goos + "/" + goarch + "\n";
    return new ArchiveBuilder()
        .directory("go/")
        .file("go/VERSION", version + "\ntime 2024-01-01T00:00:00Z\n")
        .directory("go/bin/")
        .file(goos.equals("windows") ? "go/bin/go.exe" : "go/bin/go", script.getBytes(StandardCharsets.UTF_8), 0755)
        .file("go/src/fmt/print.go", "package fmt\n");
  }

  public ArchiveBuilder directory(String name) {
    entries.add(new Entry(name, new byte[0], 0755, TarConstants.LF_DIR, null));
    return this;
  }

  public ArchiveBuilder file(String name, String content) {
    return file(name, content.getBytes(StandardCharsets.UTF_8), 0644);
  }

  public ArchiveBuilder file(String name, byte[] content, int mode) {
    entries.add(new Entry(name, content, mode, TarConstants.LF_NORMAL, null));
    return this;
  }

  public ArchiveBuilder symlink(String name, String target) {
    entries.add(new Entry(name, new byte[0], 0777, TarConstants.LF_SYMLINK, target));
    return this;
  }

  public ArchiveBuilder hardlink(String name, String target) {
    entries.add(new Entry(name, new byte[0], 0644, TarConstants.LF_LINK, target));
    return this;
  }

  public ArchiveBuilder device(String name) {
    entries.add(new Entry(name, new byte[0], 0644, TarConstants.LF_CHR, null));
    return this;
  }

  public byte[] tarGz() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(bytes))) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      for (Entry e : entries) {
        TarArchiveEntry entry = new TarArchiveEntry(e.name(), e.type(), true);
        entry.setMode(e.mode());
        if (e.linkTarget() != null) {
          entry.setLinkName(e.linkTarget());
        }
        if (e.type() == TarConstants.LF_NORMAL) {
          entry.setSize(e.content().length);
        }
        tar.putArchiveEntry(entry);
        tar.write(e.content());
        tar.closeArchiveEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  public byte[] zip() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
      for (Entry e : entries) {
        ZipArchiveEntry entry = new ZipArchiveEntry(e.name());
        if (e.type() == TarConstants.LF_SYMLINK) {
          entry.setUnixMode(0120777);
          zip.putArchiveEntry(entry);
          zip.write(e.linkTarget().getBytes(StandardCharsets.UTF_8));
        } else {
          entry.setUnixMode((e.type() == TarConstants.LF_DIR ? 040000 : 0100000) | e.mode());
          zip.putArchiveEntry(entry);
          zip.write(e.content());
        }
        zip.closeArchiveEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * The toolchain module zip cmd/distpack makes from this go/ tree: files only, under
   * {@code golang.org/toolchain@<version>/}, without api/ doc/ misc/ test/, go.mod stored as _go.mod,
   * and no modes (module zips carry none).
   */
  public byte[] toolchainModuleZip(String moduleVersion) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
      for (Entry e : entries) {
        String relative = e.name().substring("go/".length());
        if (e.type() != TarConstants.LF_NORMAL || relative.matches("(api|doc|misc|test)/.*")) {
          continue;
        }
        if (relative.equals("go.mod") || relative.endsWith("/go.mod")) {
          relative = relative.substring(0, relative.length() - "go.mod".length()) + "_go.mod";
        }
        zip.putArchiveEntry(new ZipArchiveEntry("golang.org/toolchain@" + moduleVersion + "/" + relative));
        zip.write(e.content());
        zip.closeArchiveEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
