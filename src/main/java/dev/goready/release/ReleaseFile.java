package dev.goready.release;

import java.util.Optional;

/** One downloadable file of a release, as listed by the index. {@code sha256} may be empty for old releases. */
public record ReleaseFile(
    String filename, String os, String arch, String version, String sha256, long size, String kind) {

  public boolean isFor(Platform platform) {
    return os.equals(platform.goos()) && arch.equals(platform.goarch());
  }

  public Optional<String> expectedSha256() {
    return sha256 == null || sha256.isBlank() ? Optional.empty() : Optional.of(sha256.trim());
  }
}
