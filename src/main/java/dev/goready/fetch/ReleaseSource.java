package dev.goready.fetch;

import dev.goready.release.ReleaseIndex;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** Where releases come from: the index URL and the base URL archives are fetched from. Fetches the index once. */
public final class ReleaseSource {
  private final Fetcher fetcher;
  private final URI indexUrl;
  private final URI downloadBase;
  private final Optional<Path> cache;
  private ReleaseIndex index;

  public ReleaseSource(Fetcher fetcher, URI indexUrl, URI downloadBase) {
    this(fetcher, indexUrl, downloadBase, Optional.empty());
  }

  /** With a cache file, each fetched index is kept there for doctor, which never needs the network to judge versions. */
  public ReleaseSource(Fetcher fetcher, URI indexUrl, URI downloadBase, Optional<Path> cache) {
    this.fetcher = fetcher;
    this.indexUrl = indexUrl;
    this.downloadBase = downloadBase;
    this.cache = cache;
  }

  public synchronized ReleaseIndex index() {
    if (index == null) {
      String json = fetcher.fetchText(indexUrl, "release index");
      index = ReleaseIndex.parse(json, indexUrl.toString());
      cache.ifPresent(file -> keep(file, json));
    }
    return index;
  }

  /** Written whole or not at all; a cache that cannot be written only costs doctor its version advice. */
  private static void keep(Path file, String json) {
    try {
      Files.createDirectories(file.getParent());
      Path temp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.writeString(temp, json);
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      // deliberately ignored: see above
    }
  }

  public URI archiveUrl(String filename) {
    return SourceUrl.child(downloadBase, filename);
  }

  public URI indexUrl() {
    return indexUrl;
  }
}
