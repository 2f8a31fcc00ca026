package dev.goready.fetch;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A response body that cannot hang: the watchdog closes it when no byte has come for the read
 * timeout, or when the whole body has taken longer than the deadline (a server that sends two
 * bytes a minute is as stuck as one that sends none). The reader then gets an IOException saying
 * which, and the fetch is retried like any dropped connection. Used for small whole fetches; the
 * archive download has its own resuming watch in {@link DownloadStream}.
 */
final class GuardedBody extends FilterInputStream {
  private final long idleLimitNanos;
  private final long deadlineNanos;
  private final ScheduledFuture<?> watch;
  private volatile long lastActivityNanos = System.nanoTime();
  private volatile String stopped;

  GuardedBody(InputStream body, Duration idleLimit, Duration overall, ScheduledExecutorService watchdog) {
    super(body);
    this.idleLimitNanos = idleLimit.toNanos();
    this.deadlineNanos = System.nanoTime() + overall.toNanos();
    long every = Math.max(20, idleLimit.toMillis() / 4);
    this.watch = watchdog.scheduleAtFixedRate(this::check, every, every, TimeUnit.MILLISECONDS);
  }

  private void check() {
    long now = System.nanoTime();
    if (now - lastActivityNanos > idleLimitNanos) {
      stop("no data for " + Duration.ofNanos(idleLimitNanos).toMillis() + " ms");
    } else if (now > deadlineNanos) {
      stop("the body took longer than the deadline");
    }
  }

  private void stop(String why) {
    stopped = why;
    try {
      in.close(); // unblocks the reader
    } catch (IOException e) {
      // closing a stuck stream: nothing more to do
    }
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n;
    try {
      n = super.read(buffer, offset, length);
    } catch (IOException e) {
      throw stopped == null ? e : new IOException("stalled: " + stopped, e);
    }
    if (stopped != null) {
      throw new IOException("stalled: " + stopped); // a close can also look like the end of the body
    }
    lastActivityNanos = System.nanoTime();
    return n;
  }

  @Override
  public void close() throws IOException {
    watch.cancel(false);
    super.close();
  }
}
