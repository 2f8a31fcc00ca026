package dev.goready.install;

import dev.goready.LocalIo;
import dev.goready.release.ReleaseFile;
import dev.goready.verify.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;

/**
 * Verified archives in downloads/, each with a {@code .sha256} sidecar written only after its digest
 * matched the index. A cached archive is hashed again before reuse, so a file changed on disk is
 * never installed; it is then simply downloaded anew.
 */
final class ArchiveCache {
  private final Path downloads;

  ArchiveCache(Path downloads) {
    this.downloads = downloads;
  }

  Path archive(String filename) {
    return downloads.resolve(filename);
  }

  Path part(String filename) {
    return downloads.resolve(filename + ".part");
  }

  private Path sidecar(String filename) {
    return downloads.resolve(filename + ".sha256");
  }

  /** The cached archive for this file, if present and still matching the digest it was verified with. */
  Optional<Path> verified(ReleaseFile file) throws IOException {
    Path archive = archive(file.filename());
    Path sidecar = sidecar(file.filename());
    if (!Files.isRegularFile(archive) || !Files.isRegularFile(sidecar) || file.expectedSha256().isEmpty()) {
      return Optional.empty();
    }
    String recorded = Files.readString(sidecar).trim().toLowerCase(Locale.ROOT);
    String expected = file.expectedSha256().get().toLowerCase(Locale.ROOT);
    if (recorded.equals(expected) && Sha256.ofFile(archive).equals(expected)) {
      return Optional.of(archive);
    }
    Files.deleteIfExists(archive);
    Files.deleteIfExists(sidecar);
    return Optional.empty();
  }

  /** The digest recorded for a cached archive, without the index (for an exact version offline). */
  Optional<String> recordedDigest(String filename) throws IOException {
    Path sidecar = sidecar(filename);
    return Files.isRegularFile(sidecar) && Files.isRegularFile(archive(filename))
        ? Optional.of(Files.readString(sidecar).trim())
        : Optional.empty();
  }

  /** Promotes a verified .part to the cache: the rename makes it visible only once it is whole. */
  void keep(Path part, String filename, String sha256) throws IOException {
    Files.move(part, archive(filename), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    LocalIo.writeAtomically(sidecar(filename), (sha256 + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
