package dev.goready.fetch;

import java.time.Duration;

/** How patient a download is: retries after transient failures, and the waits in between. */
public record FetchOptions(int retries, Duration connectTimeout, Duration readTimeout, Duration firstBackoff) {

  /** Backoff doubles per attempt (0.5 s, 1 s, 2 s…) and never exceeds 10 s. */
  Duration backoff(int attempt) {
    long millis = firstBackoff.toMillis() << Math.min(attempt - 1, 10);
    return Duration.ofMillis(Math.min(millis, 10_000));
  }
}
