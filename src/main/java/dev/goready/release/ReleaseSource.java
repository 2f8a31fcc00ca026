package dev.goready.release;

import dev.goready.fetch.Fetcher;
import dev.goready.fetch.SourceUrl;
import java.net.URI;

/** Where releases come from: the index URL and the base URL archives are fetched from. Fetches the index once. */
public final class ReleaseSource {
  private final Fetcher fetcher;
  private final URI indexUrl;
  private final URI downloadBase;
  private ReleaseIndex index;

  public ReleaseSource(Fetcher fetcher, URI indexUrl, URI downloadBase) {
    this.fetcher = fetcher;
    this.indexUrl = indexUrl;
    this.downloadBase = downloadBase;
  }

  public synchronized ReleaseIndex index() {
    if (index == null) {
      index = ReleaseIndex.parse(fetcher.fetchText(indexUrl, "release index"), indexUrl.toString());
    }
    return index;
  }

  public URI archiveUrl(String filename) {
    return SourceUrl.child(downloadBase, filename);
  }

  public URI indexUrl() {
    return indexUrl;
  }
}
