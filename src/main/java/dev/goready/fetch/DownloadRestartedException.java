package dev.goready.fetch;

/**
 * The server answered a resume with the whole file (it ignores Range, or the file changed). The
 * .part is gone; whoever consumed the bytes so far must start over with a fresh stream.
 */
public final class DownloadRestartedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  DownloadRestartedException(String reason) {
    super(reason);
  }
}
