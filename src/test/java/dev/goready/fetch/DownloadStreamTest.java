package dev.goready.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.testing.RawHttpServer;
import dev.goready.testing.TestHost;
import dev.goready.verify.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive download against servers that answer badly: their lengths and validators, and resume state on disk. */
class DownloadStreamTest {
  static final byte[] BODY = "0123456789abcdefghijklmnopqrstuvwxyz".repeat(100).getBytes(StandardCharsets.US_ASCII);

  @TempDir Path temp;
  RawHttpServer server;
  final Fetcher fetcher = new Fetcher(new FetchOptions(1, Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofMillis(10)),
      ProxySettings.from(new TestHost()), Optional.empty());

  @AfterEach
  void stop() throws IOException {
    fetcher.close();
    if (server != null) {
      server.close();
    }
  }

  /** The whole body with this ETag for a plain request, the rest from the Range start with {@code resumeTag} for a resume. */
  static Function<String, byte[]> resumingServer(String etag, String resumeTag) {
    return head -> {
      java.util.regex.Matcher range = java.util.regex.Pattern.compile("(?i)range: bytes=(\\d+)-").matcher(head);
      if (!range.find()) {
        return RawHttpServer.response("HTTP/1.1 200 OK\r\nETag: " + etag + "\r\nContent-Length: " + BODY.length, BODY);
      }
      int from = Integer.parseInt(range.group(1));
      return RawHttpServer.response("HTTP/1.1 206 Partial Content\r\nETag: " + resumeTag + "\r\nContent-Range: bytes " + from + "-" + (BODY.length - 1) + "/" + BODY.length
          + "\r\nContent-Length: " + (BODY.length - from), Arrays.copyOfRange(BODY, from, BODY.length));
    };
  }

  private String download(Path part) throws IOException {
    try (DownloadStream stream = fetcher.download(server.url("/go.tar.gz"), part, BODY.length, Progress.NONE)) {
      stream.transferTo(OutputStream.nullOutputStream());
      return stream.sha256Hex();
    }
  }

  private Path leftFromAnEarlierRun(String stateJson) throws IOException {
    Path part = Files.write(temp.resolve("go.tar.gz.part"), Arrays.copyOf(BODY, 1000));
    Files.writeString(temp.resolve("go.tar.gz.part.json"), stateJson.replace("URL", server.url("/go.tar.gz").toString()));
    return part;
  }

  /**
   * A 206 under another ETag than the .part was saved with (a server that ignores If-Range) is a
   * changed file: the download starts over, never splicing the new file onto the old one's start.
   */
  @Test
  void aResumeAnsweredUnderAnotherETagStartsOver() throws IOException {
    server = new RawHttpServer(resumingServer("\"v2\"", "\"v2\""));
    Path part = leftFromAnEarlierRun("{\"url\": \"URL\", \"size\": " + BODY.length + ", \"validator\": \"\\\"v1\\\"\"}");
    Files.write(part, "X".repeat(1000).getBytes(StandardCharsets.US_ASCII));
    assertThat(download(part)).isEqualTo(Sha256.ofStream(new java.io.ByteArrayInputStream(BODY)));
    assertThat(server.requests()).hasSize(2);
    assertThat(server.requests().get(0)).containsIgnoringCase("If-Range: \"v1\"");
    assertThat(server.requests().get(1)).doesNotContainIgnoringCase("Range:");
  }

  /**
   * Found while writing the fuzz target for resume state: a torn or retyped .part.json was an
   * IOException (exit 5) or a ClassCastException (an internal error), and a saved validator with a
   * newline the request builder's IllegalArgumentException. Each is no state: the download starts over.
   */
  @Test
  void aResumeStateThatIsNotOneStartsOver() throws IOException {
    server = new RawHttpServer(resumingServer("\"v1\"", "\"v1\""));
    for (String state : List.of("{\"url\": \"UR", "[]", "null", "{\"url\": \"URL\", \"size\": " + BODY.length + ", \"validator\": \"\\\"v\\n1\\\"\"}",
        "{\"url\": \"URL\", \"size\": " + BODY.length + ", \"validator\": \"W/\\\"v1\\\"\"}", "{\"url\": \"URL\", \"size\": " + BODY.length + "}")) {
      Path part = leftFromAnEarlierRun(state);
      int before = server.requests().size();
      assertThat(download(part)).as(state).isEqualTo(Sha256.ofStream(new java.io.ByteArrayInputStream(BODY)));
      assertThat(server.requests().subList(before, server.requests().size())).as(state).singleElement().asString().doesNotContainIgnoringCase("Range:");
    }
  }

  /** What the JDK lets through but is no length (negative, signed, two that disagree) is the server's broken answer, exit 3. */
  @Test
  void aContentLengthThatIsNotOneIsExit3() throws IOException {
    for (String lengths : List.of("Content-Length: -1", "Content-Length: +3600", "Content-Length: 3600\r\nContent-Length: 3601")) {
      try (RawHttpServer bad = new RawHttpServer(head -> RawHttpServer.response("HTTP/1.1 200 OK\r\nETag: \"v1\"\r\n" + lengths, BODY))) {
        server = bad;
        assertThatThrownBy(() -> download(temp.resolve("go.tar.gz.part"))).as(lengths)
            .isInstanceOfSatisfying(GoreadyException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.NETWORK))
            .hasMessageContaining("Content-Length");
      }
      server = null;
    }
  }

  /** Two equal lines are one length (RFC 9110 allows the repeat); the .part.json keeps only a strong tag. */
  @Test
  void aRepeatedEqualLengthIsOneAndOnlyAStrongTagIsSaved() throws IOException {
    server = new RawHttpServer(head -> RawHttpServer.response("HTTP/1.1 200 OK\r\nETag: W/\"weak\"\r\nContent-Length: 3600\r\nContent-Length: 3600", BODY));
    try (DownloadStream stream = fetcher.download(server.url("/go.tar.gz"), temp.resolve("go.tar.gz.part"), BODY.length, Progress.NONE)) {
      try (InputStream in = stream) {
        assertThat(in.readNBytes(10)).hasSize(10);
      }
    }
    assertThat(temp.resolve("go.tar.gz.part.json")).as("no validator to resume under: nothing saved").doesNotExist();
  }

  /**
   * Found writing the test above: readNBytes ends with a read of length 0, which spun on the body's
   * 0 until the stall watch called the download stalled and restarted it. It answers 0 at once.
   */
  @Test
  void aReadOfNothingAnswersAtOnce() throws IOException {
    server = new RawHttpServer(resumingServer("\"v1\"", "\"v1\""));
    try (DownloadStream stream = fetcher.download(server.url("/go.tar.gz"), temp.resolve("go.tar.gz.part"), BODY.length, Progress.NONE)) {
      long start = System.nanoTime();
      assertThat(stream.read(new byte[4], 0, 0)).isZero();
      assertThat(stream.readNBytes(BODY.length)).isEqualTo(BODY);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }
  }
}
