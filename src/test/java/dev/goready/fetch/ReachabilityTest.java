package dev.goready.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.host.HttpAnswer;
import dev.goready.host.HttpAnswer.Kind;
import dev.goready.host.HttpGet;
import dev.goready.testing.TestHost;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.security.cert.CertPathBuilderException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/** The live HTTP door: one timed GET through the installs' client, every failure an answer of a kind. */
class ReachabilityTest {
  static Fetcher fetcher() {
    return new Fetcher(new FetchOptions(0, Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofMillis(10)), ProxySettings.from(new TestHost()), Optional.empty());
  }

  @Test
  void failuresAreClassifiedByWhatTheJdkThrew() {
    try (Fetcher client = fetcher()) {
      SSLHandshakeException untrusted = new SSLHandshakeException("PKIX path building failed");
      untrusted.initCause(new java.security.cert.CertificateException(new CertPathBuilderException("unable to find valid certification path")));
      assertThat(Reachability.kind(untrusted, client)).isEqualTo(Kind.TLS_UNTRUSTED);
      assertThat(Reachability.kind(new SSLHandshakeException("No subject alternative names matching IP address 127.0.0.1 found"), client)).isEqualTo(Kind.TLS);
      assertThat(Reachability.kind(new IOException("x", new UnresolvedAddressException()), client)).isEqualTo(Kind.DNS);
      assertThat(Reachability.kind(new IOException("x", new java.net.UnknownHostException("proxy.golang.org")), client)).isEqualTo(Kind.DNS);
      assertThat(Reachability.kind(new ConnectException(), client)).isEqualTo(Kind.REFUSED);
      assertThat(Reachability.kind(new HttpConnectTimeoutException("connect timed out"), client)).isEqualTo(Kind.TIMEOUT);
      assertThat(Reachability.kind(new IOException("No credentials provided"), client)).isEqualTo(Kind.SERVER_AUTH);
      assertThat(Reachability.kind(new IOException("connection reset"), client)).isEqualTo(Kind.OTHER);
    }
  }

  @Test
  void aSilentServerIsATimeoutWithinTheRequestsOwnDeadline() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress()); Reachability door = new Reachability(ReachabilityTest::fetcher)) {
      long start = System.nanoTime();
      HttpAnswer answer = door.get(new HttpGet(URI.create("http://127.0.0.1:" + silent.getLocalPort() + "/"), Duration.ofMillis(300)));
      assertThat(answer.failure()).hasValueSatisfying(f -> {
        assertThat(f.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(f.message()).isEqualTo("no answer within 300 ms");
      });
      assertThat(answer.proxy()).isEqualTo("none");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }
  }

  @Test
  void settingsThatCannotBuildAClientAreOneSetupAnswerAskedOnce() {
    AtomicInteger built = new AtomicInteger();
    try (Reachability door = new Reachability(() -> {
      built.incrementAndGet();
      throw new GoreadyException(ExitCode.USAGE, "HTTPS_PROXY (or https_proxy) is not a proxy URL", "set it to http://host:port");
    })) {
      HttpGet get = new HttpGet(URI.create("https://proxy.golang.org/"), Duration.ofSeconds(1));
      HttpAnswer first = door.get(get);
      assertThat(door.get(get)).isEqualTo(first);
      assertThat(first.failure()).hasValue(new HttpAnswer.Failure(Kind.SETUP, "HTTPS_PROXY (or https_proxy) is not a proxy URL; set it to http://host:port"));
      assertThat(built).hasValue(1);
    }
  }
}
