package dev.goready.fetch;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.LocalIo;
import dev.goready.verify.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The whole remote file as one stream, whatever happens underneath. Every byte is appended to
 * {@code <name>.part} and hashed as it passes, so the SHA-256 is known the moment the last byte is
 * read. A dropped or stalled connection is resumed with a Range request guarded by If-Range (the
 * ETag, else Last-Modified, kept in {@code <name>.part.json} so a later run can resume too). A .part
 * left by an earlier run is replayed to the reader first, then the rest comes from the network.
 */
public final class DownloadStream extends InputStream {
  private final Fetcher fetcher;
  private final URI uri;
  private final Path part;
  private final Path meta;
  private final long expectedSize;
  private final Progress progress;
  private final MessageDigest sha256;

  private InputStream replay;
  private OutputStream partOut;
  private InputStream body;
  private Optional<ResumeValidator> validator = Optional.empty();
  private volatile long position;
  private URI finalUri;
  private int failures;
  private boolean finished;
  private volatile long lastActivityNanos = System.nanoTime();
  private volatile boolean stalled;
  /** Below this over a whole read-timeout window, a download is stalled, however steadily it trickles. */
  static final long MIN_BYTES_PER_SECOND = 1024;
  private volatile long windowStartNanos = System.nanoTime();
  private volatile long windowStartPosition;
  private volatile String stallReason = "";
  private ScheduledFuture<?> stallCheck;
  private String digestHex;

  private DownloadStream(Fetcher fetcher, URI uri, Path part, long expectedSize, Progress progress) {
    this.finalUri = uri;
    this.fetcher = fetcher;
    this.uri = uri;
    this.part = part;
    this.meta = part.resolveSibling(part.getFileName() + ".json");
    this.expectedSize = expectedSize;
    this.progress = progress;
    this.sha256 = Sha256.newDigest();
  }

  static DownloadStream open(Fetcher fetcher, URI uri, Path part, long expectedSize, Progress progress) throws IOException {
    DownloadStream stream = new DownloadStream(fetcher, uri, part, expectedSize, progress);
    stream.start();
    return stream;
  }

  private void start() throws IOException {
    if ("file".equalsIgnoreCase(uri.getScheme())) {
      discardPart();
      body = openLocal();
      partOut = LocalIo.run(part, () -> Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE));
      return;
    }
    long resumable = resumableLength();
    if (resumable > 0 && resumable == expectedSize) {
      replay = Files.newInputStream(part); // finished by an earlier run; the digest still decides
      return;
    }
    fetcher.withRetries(uri, "archive", attempt -> connect(resumable > 0 ? resumable : 0, resumable > 0));
    startStallWatch();
  }

  private InputStream openLocal() {
    try {
      return Files.newInputStream(Path.of(uri));
    } catch (IOException e) {
      throw new GoreadyException(ExitCode.NETWORK, "cannot read archive " + uri + ": " + e.getMessage(), "check --download-url");
    }
  }

  /** The length of a .part an earlier run left for this same URL, or 0 when there is none to trust. */
  private long resumableLength() throws IOException {
    if (!Files.isRegularFile(part) || !Files.isRegularFile(meta) || Files.size(meta) > ResumeState.MAX_BYTES) {
      discardPart();
      return 0;
    }
    Optional<ResumeState> saved = ResumeState.read(Files.readAllBytes(meta));
    long length = Files.size(part);
    boolean sameSource = saved.isPresent() && saved.get().url().equals(uri.toString()) && saved.get().size() == expectedSize;
    if (!sameSource || (expectedSize > 0 && length > expectedSize)) {
      discardPart();
      return 0;
    }
    validator = Optional.of(saved.get().validator());
    return length;
  }

  /**
   * Opens the body from {@code from}. On a resume, a 206 continues the .part; a 200 means the server
   * ignored Range or the file changed (If-Range failed): the .part is dropped and the download
   * restarts cleanly, never appending a whole file to half of one. So does a resume with no validator
   * to make it conditional, and a 206 that does not continue the .part (see {@link #continues}).
   */
  private Void connect(long from, boolean replayExisting) throws IOException {
    if (from > 0 && validator.isEmpty()) {
      return startOver(from, "the server named no ETag or Last-Modified to resume under");
    }
    HttpResponse<InputStream> response =
        fetcher.send(uri, from > 0 ? Optional.of(from) : Optional.empty(), from > 0 ? validator.map(ResumeValidator::value) : Optional.empty());
    finalUri = response.uri();
    int status = response.statusCode();
    if (from > 0 && status == 206 && continues(response, from)) {
      checkTotalSize(response, totalFromContentRange(response));
      body = response.body();
      if (replayExisting) {
        replay = Files.newInputStream(part);
      }
      partOut = LocalIo.run(part, () -> Files.newOutputStream(part, StandardOpenOption.WRITE, StandardOpenOption.APPEND));
      return null;
    }
    if (from > 0 && (status != 200 || position > 0)) {
      response.body().close();
      return startOver(from, "the server did not resume at byte " + from + " (HTTP " + status + ")");
    }
    if (status != 200) {
      response.body().close();
      throw new GoreadyException(ExitCode.NETWORK, "unexpected HTTP " + status + " for " + uri, null);
    }
    checkTotalSize(response, contentLength(response).map(ContentLength::bytes).orElse(-1L));
    discardPart();
    validator = ResumeValidator.of(response.headers());
    LocalIo.run(meta, () -> {
      writeMeta();
      return null;
    });
    body = response.body();
    partOut = LocalIo.run(part, () -> Files.newOutputStream(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
    return null;
  }

  /** The .part is dropped; with nothing handed on yet the whole file is simply fetched, else the reader must start over. */
  private Void startOver(long from, String reason) throws IOException {
    discardPart();
    if (position == 0) {
      return connect(0, false);
    }
    throw new DownloadRestartedException(reason + "; starting over");
  }

  /**
   * A 206 continues the .part only where it starts at the .part's end, under the validator the .part
   * was saved with, and with a length that is the range's own: anything else is not trusted.
   */
  private boolean continues(HttpResponse<InputStream> response, long from) {
    Optional<ContentRange> range = contentRange(response).filter(r -> r.first() == from);
    return range.isPresent()
        && validator.filter(v -> v.confirmedBy(response.headers())).isPresent()
        && contentLength(response).map(length -> length.bytes() == range.get().last() - from + 1).orElse(true);
  }

  private static long totalFromContentRange(HttpResponse<?> response) {
    return contentRange(response).map(ContentRange::total).orElse(-1L);
  }

  private static Optional<ContentRange> contentRange(HttpResponse<?> response) {
    return ContentRange.parse(response.headers().firstValue("Content-Range").orElse(""));
  }

  private void checkTotalSize(HttpResponse<InputStream> response, long total) {
    if (expectedSize > 0 && total >= 0 && total != expectedSize) {
      closeQuietly(response.body());
      throw wrongLength(total);
    }
  }

  private GoreadyException wrongLength(long actual) {
    return new GoreadyException(
        ExitCode.INTEGRITY,
        "archive " + uri + " is " + actual + " bytes, but the release index says " + expectedSize,
        "the mirror serves a different file than the index describes; check --download-url");
  }

  /** Without a validator nothing is saved: a later run could not make its resume conditional. */
  private void writeMeta() throws IOException {
    if (validator.isPresent()) {
      Files.write(meta, new ResumeState(uri.toString(), expectedSize, validator.get()).toJson());
    }
  }

  private void discardPart() throws IOException {
    closeQuietly(partOut);
    partOut = null;
    Files.deleteIfExists(part);
    Files.deleteIfExists(meta);
  }

  private void startStallWatch() {
    long limitNanos = fetcher.options().readTimeout().toNanos();
    long every = Math.max(50, fetcher.options().readTimeout().toMillis() / 4);
    stallCheck =
        fetcher.watchdog().scheduleAtFixedRate(
            () -> {
              InputStream current = body;
              long now = System.nanoTime();
              if (current != null && !finished && now - lastActivityNanos > limitNanos) {
                stall(current, "no data for " + fetcher.options().readTimeout().toSeconds() + " s");
              } else if (current != null && !finished && now - windowStartNanos >= limitNanos) {
                long minimum = MIN_BYTES_PER_SECOND * Math.max(1, Duration.ofNanos(now - windowStartNanos).toSeconds());
                if (position - windowStartPosition < minimum) {
                  stall(current, "slower than " + MIN_BYTES_PER_SECOND / 1024 + " KiB/s for " + Duration.ofNanos(now - windowStartNanos).toSeconds() + " s");
                }
                windowStartNanos = now;
                windowStartPosition = position;
              }
            },
            every,
            every,
            TimeUnit.MILLISECONDS);
  }

  private void stall(InputStream current, String reason) {
    stallReason = reason;
    stalled = true;
    closeQuietly(current); // unblocks the reader, which then sees `stalled`
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n == -1 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    java.util.Objects.checkFromIndexSize(offset, length, buffer.length);
    if (length == 0) {
      return 0; // InputStream's contract; the loop below would spin on the body's 0 until the stall watch fired
    }
    if (replay != null) {
      int n = replay.read(buffer, offset, length);
      if (n > 0) {
        sha256.update(buffer, offset, n);
        position += n;
        progress.update(position, expectedSize);
        return n;
      }
      replay.close();
      replay = null;
      if (body == null) {
        return finish();
      }
    }
    while (!finished) {
      int n;
      try {
        n = body.read(buffer, offset, length);
        lastActivityNanos = System.nanoTime();
      } catch (IOException e) {
        n = -2;
        if (!stalled) {
          retryOrFail("connection lost after " + position + " bytes: " + Fetcher.describe(e));
          continue;
        }
      }
      if (stalled) {
        retryOrFail(stallReason + " after " + position + " bytes");
        continue;
      }
      if (n > 0) {
        if (expectedSize > 0 && position + n > expectedSize) {
          throw wrongLength(position + n);
        }
        int count = n;
        LocalIo.run(part, () -> {
          partOut.write(buffer, offset, count);
          return null;
        });
        sha256.update(buffer, offset, n);
        position += n;
        progress.update(position, expectedSize);
        return n;
      }
      if (n == -1) {
        if (expectedSize <= 0 || position == expectedSize) {
          return finish();
        }
        if (body != null && "file".equalsIgnoreCase(uri.getScheme())) {
          throw wrongLength(position);
        }
        retryOrFail("connection closed after " + position + " of " + expectedSize + " bytes");
      }
    }
    return -1;
  }

  private void retryOrFail(String reason) throws IOException {
    closeQuietly(body);
    failures++;
    int attempts = fetcher.options().retries() + 1;
    if (failures >= attempts || "file".equalsIgnoreCase(uri.getScheme())) {
      throw Fetcher.unreachable(uri, "archive", reason, failures);
    }
    Fetcher.sleep(fetcher.options().backoff(failures));
    partOut.flush();
    stalled = false;
    lastActivityNanos = System.nanoTime();
    long from = position;
    closeQuietly(partOut);
    partOut = null;
    fetcher.withRetries(uri, "archive", attempt -> connect(from, false));
    lastActivityNanos = System.nanoTime();
    windowStartNanos = lastActivityNanos; // a new connection gets a whole window to show its rate
    windowStartPosition = position;
  }

  private int finish() throws IOException {
    finished = true;
    if (partOut != null) {
      partOut.close();
    }
    if (stallCheck != null) {
      stallCheck.cancel(false);
    }
    progress.finish();
    return -1;
  }

  /** Valid once the stream has been read to its end. */
  public String sha256Hex() {
    if (!finished) {
      throw new IllegalStateException("digest asked for before the download finished");
    }
    if (digestHex == null) {
      digestHex = HexFormat.of().formatHex(sha256.digest());
    }
    return digestHex;
  }

  /** Where the bytes came from after redirects: what the audit log records. */
  public URI finalUri() {
    return finalUri;
  }

  public long length() {
    return position;
  }

  public Path part() {
    return part;
  }

  /** Forgets the resume metadata once the .part has become a verified archive. */
  public void forgetResumeState() throws IOException {
    Files.deleteIfExists(meta);
  }

  @Override
  public void close() throws IOException {
    if (stallCheck != null) {
      stallCheck.cancel(false);
    }
    closeQuietly(replay);
    closeQuietly(body);
    closeQuietly(partOut);
  }

  private static void closeQuietly(AutoCloseable closeable) {
    if (closeable == null) {
      return;
    }
    try {
      closeable.close();
    } catch (Exception ignored) {
      // best effort: the stream is being abandoned
    }
  }

  /** Content-Length, if the server sent one; a header that is not one is the server's fault (exit 3), never a crash. */
  private Optional<ContentLength> contentLength(HttpResponse<InputStream> response) {
    try {
      return ContentLength.parse(response.headers().allValues("Content-Length"), uri);
    } catch (GoreadyException e) {
      closeQuietly(response.body());
      throw e;
    }
  }
}
