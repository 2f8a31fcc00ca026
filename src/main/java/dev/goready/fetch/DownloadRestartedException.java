package dev.goready.fetch;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import java.net.URI;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The server answered a resume with the whole file (it ignores Range, or the file changed). The
 * .part is gone; whoever consumed the bytes so far must start over with a fresh stream.
 */
public final class DownloadRestartedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Restarts a download may take before it is given up: a file that keeps changing is no file to install. */
  public static final int MAX_RESTARTS = 3;

  DownloadRestartedException(String reason) {
    super(reason);
  }

  /**
   * Runs {@code download} again each time it had to start over, telling {@code notice} why, up to
   * {@link #MAX_RESTARTS} times; then the download is given up, exit 3.
   */
  public static <T> T retrying(URI uri, Consumer<String> notice, Supplier<T> download) {
    for (int restart = 0; ; restart++) {
      try {
        return download.get();
      } catch (DownloadRestartedException e) {
        if (restart >= MAX_RESTARTS) {
          throw new GoreadyException(ExitCode.NETWORK, "download of " + uri + " kept restarting: " + e.getMessage(), "try again later, or another mirror");
        }
        notice.accept(e.getMessage());
      }
    }
  }
}
