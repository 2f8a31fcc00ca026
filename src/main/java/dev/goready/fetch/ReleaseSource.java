package dev.goready.fetch;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.HttpStatusException;
import dev.goready.release.ReleaseIndex;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

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
      String json;
      try {
        json = fetcher.fetchText(indexUrl, "release index");
      } catch (HttpStatusException e) {
        throw e.notFound() ? new HttpStatusException(e.status(), e.getMessage(),
            "no release index at this URL: check --index / GOREADY_INDEX (a mirror of https://go.dev/dl/?mode=json&include=all)") : e;
      }
      index = ReleaseIndex.parse(json, indexUrl.toString());
      cache.ifPresent(file -> keep(file, json));
    }
    return index;
  }

  /**
   * The index, or when the network fails the copy kept from the last fetch, saying how old it is
   * through {@code notice}; with no copy the network's failure stands.
   */
  public synchronized ReleaseIndex indexOrCached(Consumer<String> notice) {
    try {
      return index();
    } catch (GoreadyException e) {
      // A 4xx is an answer, not being offline: a mistyped --index must not be served an older index.
      if (e.exitCode() != ExitCode.NETWORK || e instanceof HttpStatusException || cache.isEmpty() || !Files.isRegularFile(cache.get())) {
        throw e;
      }
      try {
        String json = Files.readString(cache.get());
        Duration age = Duration.between(Files.getLastModifiedTime(cache.get()).toInstant(), Instant.now());
        index = ReleaseIndex.parse(json, cache.get().toString());
        notice.accept(e.getMessage() + "; using the index cached " + describe(age) + " ago (" + cache.get() + ")");
        return index;
      } catch (IOException | GoreadyException unreadable) {
        throw e;
      }
    }
  }

  /** "1 minute", "90 minutes", "5 hours", "3 days": the largest unit that leaves a count above one. */
  static String describe(Duration age) {
    return age.toDays() > 1 ? age.toDays() + " days" : age.toHours() > 1 ? age.toHours() + " hours" : count(Math.max(1, age.toMinutes()), "minute");
  }

  private static String count(long n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
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
