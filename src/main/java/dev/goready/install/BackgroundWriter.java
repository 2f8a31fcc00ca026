package dev.goready.install;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.SequenceInputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Writes archive entries through a {@link StagingWriter} on a second thread, so that inflating and
 * hashing the next entries overlaps with the file system's work on the last ones. Entries are
 * written in order, by one thread; what waits in memory is bounded, and an entry too large to hold
 * is written in place once the queue has drained. The first failure stops the writes after it and
 * surfaces on the next call.
 */
final class BackgroundWriter implements AutoCloseable {
  private static final int MAX_QUEUED_ENTRY = 16 << 20;
  /** How much inflated content may wait for the writer thread by default. */
  static final int DEFAULT_BUFFER = 64 << 20;

  private final StagingWriter writer;
  private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> Thread.ofPlatform().daemon().name("goready-writer").unstarted(r));
  private final Semaphore budget;
  private final int budgetBytes;
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private Future<?> last;

  BackgroundWriter(StagingWriter writer, int bytesInFlight) {
    this.writer = writer;
    this.budgetBytes = bytesInFlight;
    this.budget = new Semaphore(bytesInFlight);
  }

  void directory(String name) throws IOException {
    submit(0, () -> writer.directory(name));
  }

  void symlink(String name, String target) throws IOException {
    submit(0, () -> writer.symlink(name, target));
  }

  /** Reads the entry now (the caller's hashing sees every byte), writes it later. */
  void file(String name, InputStream content, int mode) throws IOException {
    byte[] head = content.readNBytes(MAX_QUEUED_ENTRY + 1);
    if (head.length > MAX_QUEUED_ENTRY) {
      finish();
      // SequenceInputStream closes what it has read to the end; the caller still owns content.
      InputStream rest = new FilterInputStream(content) {
        @Override
        public void close() {}
      };
      writer.file(name, new SequenceInputStream(new ByteArrayInputStream(head), rest), mode);
      return;
    }
    submit(Math.min(head.length, budgetBytes), () -> writer.file(name, new ByteArrayInputStream(head), mode));
  }

  private interface Write {
    void run() throws IOException;
  }

  private void submit(int bytes, Write write) throws IOException {
    rethrowIfFailed(false);
    try {
      budget.acquire(bytes);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted");
    }
    last = thread.submit(() -> {
      try {
        if (failure.get() == null) {
          write.run();
        }
      } catch (IOException | RuntimeException e) {
        failure.compareAndSet(null, e);
      } finally {
        budget.release(bytes);
      }
    });
  }

  /** Waits until everything queued is written; rethrows the first failure. */
  void finish() throws IOException {
    rethrowIfFailed(true);
  }

  private void rethrowIfFailed(boolean wait) throws IOException {
    if (wait && last != null) {
      try {
        last.get(); // one thread, in order: when the last is done, all are
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted");
      } catch (ExecutionException e) {
        failure.compareAndSet(null, e.getCause());
      }
    }
    switch (failure.get()) {
      case null -> { }
      case IOException io -> throw io;
      case RuntimeException runtime -> throw runtime;
      case Throwable other -> throw new IllegalStateException(other);
    }
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }
}
