package dev.goready.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads a source on its own thread, a few chunks ahead of the consumer. It lets the download
 * (network, .part write, SHA-256) and the extraction (inflate, tar, file writes) run on two cores at
 * once, as curl | tee | tar does with three processes. A failure of the source is rethrown to the
 * consumer at the point it reached; closing this stream stops the reader.
 */
public final class ReadAheadInputStream extends InputStream {
  private static final byte[] END = new byte[0];

  private final BlockingQueue<Object> chunks;
  private final Thread reader;
  private byte[] current = new byte[0];
  private int position;
  private boolean ended;
  private IOException ioFailure;
  private RuntimeException runtimeFailure;
  private volatile boolean closed;

  public ReadAheadInputStream(InputStream source, int chunkSize, int depth) {
    this.chunks = new ArrayBlockingQueue<>(depth);
    this.reader = Thread.ofPlatform().daemon().name("goready-read-ahead").start(() -> pump(source, chunkSize));
  }

  private void pump(InputStream source, int chunkSize) {
    try (source) {
      byte[] buffer = new byte[chunkSize];
      int n;
      while ((n = source.readNBytes(buffer, 0, chunkSize)) > 0) {
        if (!deliver(Arrays.copyOf(buffer, n))) {
          return;
        }
      }
      deliver(END);
    } catch (IOException | RuntimeException e) {
      deliver(e);
    }
  }

  /** Hands an item to the consumer; false once the consumer has closed and will take no more. */
  private boolean deliver(Object item) {
    try {
      while (!closed) {
        if (chunks.offer(item, 100, TimeUnit.MILLISECONDS)) {
          return true;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return false;
  }

  private boolean fill() throws IOException {
    if (ioFailure != null) {
      throw ioFailure; // the reader has stopped; every later read sees the same failure
    }
    if (runtimeFailure != null) {
      throw runtimeFailure;
    }
    if (ended) {
      return false;
    }
    while (position == current.length) {
      Object next;
      try {
        next = chunks.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for the download");
      }
      if (next instanceof IOException e) {
        ioFailure = e;
        throw e;
      }
      if (next instanceof RuntimeException e) {
        runtimeFailure = e;
        throw e;
      }
      if (next == END) {
        ended = true;
        return false;
      }
      current = (byte[]) next;
      position = 0;
    }
    return true;
  }

  @Override
  public int read() throws IOException {
    return fill() ? current[position++] & 0xff : -1;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (!fill()) {
      return -1;
    }
    int n = Math.min(len, current.length - position);
    System.arraycopy(current, position, b, off, n);
    position += n;
    return n;
  }

  @Override
  public void close() throws IOException {
    closed = true;
    reader.interrupt();
    try {
      reader.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
