package dev.goready.release;

import java.util.List;
import java.util.Optional;

/** One Go release in the index: its version as spelled there, parsed, and its files. */
public record Release(String version, GoVersion parsed, boolean stable, List<ReleaseFile> files) {

  /** The archive for the platform: .tar.gz, or .zip on Windows. */
  public Optional<ReleaseFile> archiveFor(Platform platform) {
    return fileFor(platform, "archive", platform.archiveExtension());
  }

  /** The signed Windows installer, for --msi. */
  public Optional<ReleaseFile> msiFor(Platform platform) {
    return fileFor(platform, "installer", ".msi");
  }

  private Optional<ReleaseFile> fileFor(Platform platform, String kind, String extension) {
    return files.stream()
        .filter(f -> f.kind().equals(kind) && f.isFor(platform) && f.filename().endsWith(extension))
        .findFirst();
  }

  /** The platforms this release has archives for, for "no file for your platform" messages. */
  public List<String> archivePlatforms() {
    return files.stream().filter(f -> f.kind().equals("archive")).map(f -> f.os() + "/" + f.arch()).distinct().sorted().toList();
  }
}
