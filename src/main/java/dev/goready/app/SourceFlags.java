package dev.goready.app;

/** Where releases come from, as the command line gave it; null means "not given" (settings decide). */
public record SourceFlags(String index, String downloadUrl, boolean allowHttp, Integer retries) {
  public static final SourceFlags NONE = new SourceFlags(null, null, false, null);
}
