package dev.goready.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goready.GoreadyException;
import dev.goready.testing.FaultyServer;
import dev.goready.testing.FaultyServer.Fault;
import dev.goready.testing.RawHttpServer;
import dev.goready.testing.TestHost;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Small fetches against a real server on 127.0.0.1: redirects under the first URL's rules, caps, status codes. */
class FetcherTest {
  @TempDir Path temp;
  FaultyServer server;
  Fetcher fetcher;

  @BeforeEach
  void start() throws Exception {
    server = new FaultyServer().serve("/index.json", "[]".getBytes(StandardCharsets.UTF_8));
    fetcher = new Fetcher(new FetchOptions(0, Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofMillis(10)), ProxySettings.from(new TestHost()), Optional.empty());
  }

  @AfterEach
  void stop() {
    fetcher.close();
    server.close();
  }

  /**
   * Found probing the JDK's client for the Content-Length fuzz target: a head it cannot read (letters,
   * a list, past 2^63) made send() throw IllegalArgumentException, an internal error for every fetch.
   */
  @Test
  void aResponseHeadTheJdkCannotReadIsExit3() throws Exception {
    for (String length : java.util.List.of("abc", "5, 5", "9223372036854775808")) {
      try (RawHttpServer bad = new RawHttpServer(head -> RawHttpServer.response("HTTP/1.1 200 OK\r\nContent-Length: " + length, "hello".getBytes(StandardCharsets.US_ASCII)))) {
        assertThatThrownBy(() -> fetcher.fetchBytes(bad.url("/index.json"), "release index")).as(length)
            .isInstanceOfSatisfying(GoreadyException.class, e -> assertThat(e.exitCode()).isEqualTo(dev.goready.ExitCode.NETWORK))
            .hasMessageContaining("not valid HTTP");
      }
    }
  }

  @Test
  void aRedirectOnTheSameServerIsFollowed() {
    server.fail("/old.json", new Fault.Redirect("/index.json"));
    assertThat(fetcher.fetchText(server.url("/old.json"), "release index")).isEqualTo("[]");
  }

  @Test
  void redirectsToFileToAnotherSchemeOrPlainHttpElsewhereAreRefused() {
    for (String location : new String[] {"file:///etc/passwd", "ftp://mirror.example/go", "http://mirror.example/index.json", "//mirror.example/x"}) {
      server.fail("/hop", new Fault.Redirect(location));
      assertThatThrownBy(() -> fetcher.fetchBytes(server.url("/hop"), "release index"))
          .isInstanceOf(GoreadyException.class).hasMessageContaining("redirects to " + location).hasMessageContaining("does not follow it");
    }
  }

  @Test
  void aRedirectLoopEnds() {
    Fault[] loop = new Fault[Fetcher.MAX_REDIRECTS + 2];
    java.util.Arrays.fill(loop, new Fault.Redirect("/loop"));
    server.fail("/loop", loop);
    assertThatThrownBy(() -> fetcher.fetchBytes(server.url("/loop"), "release index")).hasMessageContaining("redirects more than 10 times");
  }

  @Test
  void aFileThatIsNotARegularFileIsRefusedAtOnce() throws Exception {
    assertThatThrownBy(() -> fetcher.fetchBytes(URI.create("file:///dev/zero"), "release index")).hasMessageContaining("is not a regular file");
    Path big = temp.resolve("big.json");
    try (var out = Files.newByteChannel(big, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
      out.position(Fetcher.MAX_SMALL_RESOURCE + 10L).write(java.nio.ByteBuffer.wrap(new byte[] {1}));
    }
    assertThatThrownBy(() -> fetcher.fetchBytes(big.toUri(), "release index")).hasMessageContaining("is larger than 64 MiB");
  }

  @Test
  void aStatusThatIsNotSuccessIsNotParsedAsTheResource() {
    server.fail("/index.json", new Fault.Status(416));
    assertThatThrownBy(() -> fetcher.fetchBytes(server.url("/index.json"), "release index")).hasMessageContaining("HTTP 416");
  }

  @Test
  void aBodyThatStallsAfterTheHeadersDoesNotHangTheFetch() {
    server.serve("/slow.json", new byte[4096]).fail("/slow.json", new Fault.StallAfter(2, Duration.ofSeconds(30)));
    Fetcher quick = new Fetcher(new FetchOptions(0, Duration.ofSeconds(5), Duration.ofMillis(400), Duration.ofMillis(10)), ProxySettings.from(new TestHost()), Optional.empty());
    long start = System.nanoTime();
    try (quick) {
      assertThatThrownBy(() -> quick.fetchBytes(server.url("/slow.json"), "checksum database tile")).hasMessageContaining("stalled: no data for");
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
  }
}
