package dev.goready.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.testing.Fuzz;
import dev.goready.testing.RawHttpServer;
import dev.goready.testing.TestFiles;
import dev.goready.testing.TestHost;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Fuzz target for the whole answer a server gives, through the real client: mutated response heads
 * (status, Content-Length, ETag, Last-Modified, Content-Range) to a small fetch and to an archive
 * download resuming a .part. Every answer is the body or a documented failure (exit 3 for the
 * server's bad answer, exit 4 for a length the index contradicts), and a .part is only ever
 * continued under the tag it was saved with.
 */
@Tag("fuzz")
class ServerAnswersPropertiesTest {
  static final byte[] BODY = DownloadStreamTest.BODY;
  static final int SAVED = 1000;
  /** What the .part holds: no byte of the file, so a download that used it shows. */
  static final byte[] SAVED_BYTES = "X".repeat(SAVED).getBytes(StandardCharsets.US_ASCII);

  private static final AtomicReference<byte[]> ANSWER = new AtomicReference<>(new byte[0]);
  private static RawHttpServer server;
  private static Fetcher fetcher;

  @BeforeContainer
  static void start() throws IOException {
    server = new RawHttpServer(head -> ANSWER.get());
    fetcher = new Fetcher(new FetchOptions(0, Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofMillis(1)), ProxySettings.from(new TestHost()), Optional.empty());
  }

  @AfterContainer
  static void stop() throws IOException {
    fetcher.close();
    server.close();
  }

  @Provide
  Arbitrary<String> heads() {
    return Fuzz.near(
        "HTTP/1.1 200 OK\r\nETag: \"v1\"\r\nLast-Modified: Tue, 15 Nov 1994 08:12:31 GMT\r\nContent-Length: 3600",
        "HTTP/1.1 206 Partial Content\r\nETag: \"v1\"\r\nContent-Range: bytes 1000-3599/3600\r\nContent-Length: 2600",
        "HTTP/1.1 206 Partial Content\r\nETag: \"v2\"\r\nContent-Range: bytes 1000-3599/3600\r\nContent-Length: 2600",
        "HTTP/1.1 200 OK\r\nETag: W/\"v1\"\r\nContent-Length: 3600\r\nContent-Length: 3600",
        "HTTP/1.1 200 OK\r\nContent-Length: abc");
  }

  /** A 206 answer gets the rest of the body, anything else the whole of it. */
  private static byte[] answer(String head) {
    byte[] body = head.contains(" 206 ") ? Arrays.copyOfRange(BODY, SAVED, BODY.length) : BODY;
    return RawHttpServer.response(head, body);
  }

  /** A small fetch (an index, a tile) gets the body or exit 3. */
  @Property
  void aSmallFetchGetsTheBodyOrExit3(@ForAll("heads") String head) {
    ANSWER.set(answer(head));
    Fuzz.only(head, () -> documented(() -> fetcher.fetchBytes(server.url("/index.json"), "release index"), ExitCode.NETWORK));
  }

  /**
   * A download resuming a .part saved under "v1" (bytes that are not the file's, so a splice shows)
   * gets the file, or a documented failure; the .part's bytes are used only under "v1" again.
   */
  @Property
  void aResumedDownloadContinuesOnlyUnderItsOwnTag(@ForAll("heads") String head) throws IOException {
    ANSWER.set(answer(head));
    Path dir = Files.createTempDirectory("goready-fuzz-resume");
    try {
      Path part = Files.write(dir.resolve("go.tar.gz.part"), SAVED_BYTES);
      Files.write(dir.resolve("go.tar.gz.part.json"), new ResumeState(server.url("/go.tar.gz").toString(), BODY.length, new ResumeValidator("\"v1\"")).toJson());
      byte[] got = Fuzz.only(head, () -> documented(() -> {
        try (DownloadStream stream = fetcher.download(server.url("/go.tar.gz"), part, BODY.length, Progress.NONE)) {
          return stream.readAllBytes();
        }
      }, ExitCode.NETWORK, ExitCode.INTEGRITY), DownloadRestartedException.class);
      if (got != null && got.length >= SAVED && Arrays.equals(got, 0, SAVED, SAVED_BYTES, 0, SAVED)) {
        assertThat(etagsTheClientSees()).as("the .part was continued, so the answer named its tag: %s", Fuzz.show(head)).isNotEmpty().allMatch("\"v1\""::equals);
      }
    } finally {
      TestFiles.deleteTree(dir);
    }
  }

  /**
   * The ETags the same answer shows to a plain JDK client, so the oracle reads headers exactly as the
   * product's client does on any JDK (JDK 25 drops a line with a lone CR whole, for example).
   */
  private static List<String> etagsTheClientSees() {
    try {
      java.net.http.HttpResponse<Void> response = java.net.http.HttpClient.newHttpClient().send(
          java.net.http.HttpRequest.newBuilder(server.url("/go.tar.gz")).timeout(java.time.Duration.ofSeconds(5)).build(),
          java.net.http.HttpResponse.BodyHandlers.discarding());
      return response.headers().allValues("etag").stream().map(String::trim).toList();
    } catch (IOException | IllegalArgumentException e) {
      return List.of();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of();
    }
  }

  /** The call, whose GoreadyExceptions must carry one of these exit codes. */
  static <T> T documented(Fuzz.Call<T> call, ExitCode... codes) throws Exception {
    try {
      return call.call();
    } catch (GoreadyException e) {
      assertThat(e.exitCode()).as(e.getMessage()).isIn(Set.of(codes));
      throw e;
    }
  }
}
