package dev.goready.cli;

import dev.goready.app.SourceFlags;
import picocli.CommandLine.Option;

/** Where releases come from, shared by install and list --remote. */
final class SourceOptions {
  @Option(names = "--index", paramLabel = "URL", description = "Release index (default: GOREADY_INDEX, else https://go.dev/dl/?mode=json&include=all).")
  String index;

  @Option(names = "--download-url", paramLabel = "URL", description = "Base URL of the archives (default: GOREADY_DOWNLOAD_URL, else https://dl.google.com/go).")
  String downloadUrl;

  @Option(names = "--allow-http", description = "Allow plain http:// to hosts other than this machine.")
  boolean allowHttp;

  @Option(names = "--retries", paramLabel = "N", description = "Retries after 5xx, resets and timeouts (default: GOREADY_RETRIES, else 3).")
  Integer retries;

  SourceFlags flags() {
    return new SourceFlags(index, downloadUrl, allowHttp, retries);
  }
}
