package dev.goready.fetch;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.HttpStatusException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;

/**
 * HTTP(S) and file:// fetching with retries and backoff. Every failure that reaches the user names
 * the URL, what went wrong, and how many attempts were made.
 */
public final class Fetcher implements AutoCloseable {
  static final String USER_AGENT = "goready/" + dev.goready.Version.current();
  /** The most {@link #fetchBytes} keeps in memory: an index, a tile or a signature is far smaller. */
  static final int MAX_SMALL_RESOURCE = 64 << 20;

  static {
    // The JDK refuses Basic credentials for CONNECT tunnels unless told otherwise; corporate proxies
    // with user:pass@ in HTTPS_PROXY need exactly that. Set before the HTTP client reads it.
    if (System.getProperty("jdk.http.auth.tunneling.disabledSchemes") == null) {
      System.setProperty("jdk.http.auth.tunneling.disabledSchemes", "");
    }
  }

  private final HttpClient client;
  private final FetchOptions options;
  private final ProxySettings proxies;
  private final FetchAuthenticator authenticator;
  private volatile Consumer<String> retryNotice = notice -> {};
  private final ScheduledExecutorService watchdog =
      Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().daemon().name("goready-stall-watchdog").unstarted(r));

  public Fetcher(FetchOptions options, ProxySettings proxies, Optional<SSLContext> ssl) {
    this(options, proxies, ServerCredentials.NONE, ssl);
  }

  /**
   * Proxy challenges (407) are answered with the proxy URL's credentials, server challenges (401)
   * with the server's own from {@code servers}; neither is ever given to anyone else.
   */
  public Fetcher(FetchOptions options, ProxySettings proxies, ServerCredentials servers, Optional<SSLContext> ssl) {
    this.options = options;
    this.proxies = proxies;
    this.authenticator = new FetchAuthenticator(proxies, servers);
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER) // followed by hand in send(), under the same rules as the first URL
            .connectTimeout(options.connectTimeout())
            .proxy(proxies.selector());
    builder.authenticator(authenticator);
    ssl.ifPresent(builder::sslContext);
    this.client = builder.build();
  }

  FetchOptions options() {
    return options;
  }

  /** The client itself, for a caller in fetch that sends one request its own way (a timed probe). */
  HttpClient client() {
    return client;
  }

  /** The proxy a request for this URL goes through, without credentials; "none" when it goes direct. */
  String proxyShownFor(URI uri) {
    return proxies.describe(uri);
  }

  /** Whether the last credentials challenge this client met came from a proxy (407) rather than a server (401). */
  boolean lastChallengeFromProxy() {
    return authenticator.lastChallengeFromProxy();
  }

  ScheduledExecutorService watchdog() {
    return watchdog;
  }

  /** A whole small resource as text (the release index). */
  public String fetchText(URI uri, String what) {
    return new String(fetchBytes(uri, what), StandardCharsets.UTF_8);
  }

  /**
   * A whole small resource (a checksum-database tile or lookup). A 404 or 410 is an {@link
   * HttpStatusException}, so a caller walking a GOPROXY list can tell "not here" from "broken".
   */
  public byte[] fetchBytes(URI uri, String what) {
    if ("file".equalsIgnoreCase(uri.getScheme())) {
      Path file = Path.of(uri);
      if (Files.exists(file) && !Files.isRegularFile(file)) {
        // Checked before opening: a FIFO would block, /dev/zero would never end.
        throw new GoreadyException(ExitCode.NETWORK, what + " " + uri + " is not a regular file", "point it at a file");
      }
      try (InputStream in = Files.newInputStream(file)) {
        return capped(in.readNBytes(MAX_SMALL_RESOURCE + 1), uri, what);
      } catch (NoSuchFileException e) {
        throw new HttpStatusException(404, what + " " + uri + " does not exist", "check the path");
      } catch (IOException e) {
        throw new GoreadyException(ExitCode.NETWORK, "cannot read " + what + " " + uri + ": " + e.getMessage(), null);
      }
    }
    return withRetries(
        uri,
        what,
        attempt -> {
          HttpResponse<InputStream> response = send(uri, Optional.empty(), Optional.empty());
          if (response.statusCode() < 200 || response.statusCode() > 299) {
            // A 3xx without a usable Location or a 416: its body is not the resource.
            response.body().close();
            throw new GoreadyException(ExitCode.NETWORK, "HTTP " + response.statusCode() + " for " + what + " " + uri, "the server does not answer like a " + what + " would; check the URL");
          }
          try (InputStream body = new GuardedBody(response.body(), options.readTimeout(), smallFetchDeadline(), watchdog)) {
            return capped(body.readNBytes(MAX_SMALL_RESOURCE + 1), uri, what);
          } catch (IOException e) {
            throw new TransientFailure("connection lost while reading: " + describe(e), e);
          }
        });
  }

  /** A whole index, tile or signature: ten read timeouts is generous for 64 MiB on any working link. */
  private Duration smallFetchDeadline() {
    return options.readTimeout().multipliedBy(10);
  }

  private static byte[] capped(byte[] bytes, URI uri, String what) {
    if (bytes.length > MAX_SMALL_RESOURCE) {
      throw new GoreadyException(ExitCode.NETWORK, what + " " + uri + " is larger than " + (MAX_SMALL_RESOURCE >> 20) + " MiB",
          "the server does not answer like a " + what + " would; check the URL");
    }
    return bytes;
  }

  /** Copies a file:// resource (a GOPROXY folder); a missing file is a 404, as a web server would say. */
  public void copyLocal(URI uri, Path target, String what) {
    Path source = Path.of(uri);
    if (!Files.isRegularFile(source)) {
      throw new HttpStatusException(404, what + " " + uri + " does not exist", "check the path");
    }
    try {
      Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new GoreadyException(ExitCode.LOCAL, "cannot copy " + uri + " to " + target + ": " + e.getMessage(), null);
    }
  }

  /** Connects once to an https URL (through any proxy) and returns the TLS session it negotiated. */
  public TlsHandshake handshake(URI uri) {
    return withRetries(uri, "TLS endpoint", attempt -> {
      HttpResponse<InputStream> response;
      try {
        response = client.send(HttpRequest.newBuilder(uri).GET().timeout(options.readTimeout()).header("User-Agent", USER_AGENT).build(),
            HttpResponse.BodyHandlers.ofInputStream());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new java.io.InterruptedIOException("interrupted");
      } catch (SSLException e) {
        // The handshake itself was refused (a name mismatch, a port that is not TLS): the recorder has any chain.
        return TlsHandshake.refused(String.valueOf(e.getMessage()));
      } catch (IOException | UnresolvedAddressException e) {
        throw sendFailure(uri, e);
      }
      response.body().close();
      return response.sslSession().map(TlsHandshake::completed).orElseGet(() -> TlsHandshake.refused("no TLS session"));
    });
  }

  /** The download stream for one archive; see {@link DownloadStream}. */
  public DownloadStream download(URI uri, Path part, long expectedSize, Progress progress) throws IOException {
    return DownloadStream.open(this, uri, part, expectedSize, progress);
  }

  /** The most redirects one fetch follows (curl's and browsers' limits are in this range). */
  static final int MAX_REDIRECTS = 10;

  /**
   * A request for {@code uri}, optionally resuming with Range and If-Range, following redirects:
   * never to file: or another scheme, never from https down to http, and to plain http only on the
   * same host or this machine. 5xx and 429 are transient.
   */
  HttpResponse<InputStream> send(URI uri, Optional<Long> rangeStart, Optional<String> ifRange) throws IOException {
    URI current = uri;
    for (int hop = 0; ; hop++) {
      HttpResponse<InputStream> response = sendOnce(current, rangeStart, ifRange);
      int status = response.statusCode();
      Optional<String> location = response.headers().firstValue("Location");
      if (status < 300 || status > 399 || status == 304 || location.isEmpty()) {
        return response;
      }
      response.body().close();
      if (hop >= MAX_REDIRECTS) {
        throw new GoreadyException(ExitCode.NETWORK, uri + " redirects more than " + MAX_REDIRECTS + " times", "check the URL; the server redirects in a loop");
      }
      current = RedirectRule.next(uri, current, location.get());
    }
  }

  private HttpResponse<InputStream> sendOnce(URI uri, Optional<Long> rangeStart, Optional<String> ifRange) throws IOException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri).GET().timeout(options.readTimeout()).header("User-Agent", USER_AGENT);
    rangeStart.ifPresent(start -> request.header("Range", "bytes=" + start + "-"));
    ifRange.ifPresent(validator -> request.header("If-Range", validator));
    HttpResponse<InputStream> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted");
    } catch (IOException | UnresolvedAddressException e) {
      if ("No credentials provided".equals(e.getMessage())) {
        // The JDK's answer to a 401 our authenticator had nothing for: not transient, and the user can fix it.
        throw new HttpStatusException(401, "HTTP 401 for " + uri, credentialsHint(uri));
      }
      throw sendFailure(uri, e);
    } catch (IllegalArgumentException e) { // after UnresolvedAddressException, which is one too
      // The JDK's answer to a response head it cannot read (Content-Length: abc, a list, past 2^63):
      // the request was built here and is valid, so it is the server's answer that is broken.
      throw new GoreadyException(ExitCode.NETWORK, "the server's answer for " + uri + " is not valid HTTP: " + e.getMessage(),
          "the mirror is broken; try another one");
    }
    int status = response.statusCode();
    if (status >= 500 || status == 429 || status == 408) {
      response.body().close();
      throw new TransientFailure("HTTP " + status, null);
    }
    if (status >= 400 && status != 416) {
      response.body().close();
      throw new HttpStatusException(
          status,
          "HTTP " + status + " for " + uri,
          status == 404 ? "the mirror does not have this file; check --download-url / GOREADY_DOWNLOAD_URL"
              : status == 401 || status == 403 ? credentialsHint(uri)
              : "check the URL and any proxy settings");
    }
    return response;
  }

  private static String credentialsHint(URI uri) {
    return "the server wants credentials: add 'machine " + uri.getHost() + " login USER password TOKEN' to ~/.netrc (or $NETRC)";
  }

  /** The host name of a URL did not resolve (DNS): not retried. */
  static final class HostNotResolved extends IOException {
    HostNotResolved(String host, Throwable cause) {
      super("cannot resolve " + host + " (DNS)", cause);
    }
  }

  /**
   * What a request that got no response becomes: a name that did not resolve is not a dropped
   * connection (asking again in a second gets the same answer from the same resolver), anything else is
   * retried.
   */
  private static IOException sendFailure(URI uri, Exception e) {
    return unresolved(e) ? new HostNotResolved(uri.getHost(), e) : new TransientFailure(describe(e), e);
  }

  private static boolean unresolved(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof UnresolvedAddressException || t instanceof java.net.UnknownHostException) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where a retry is announced as it starts ("…; retrying in 1.0 s, attempt 2 of 4"): a piped install
   * that only printed at the end looked hung for twenty seconds.
   */
  public void onRetry(Consumer<String> notice) {
    this.retryNotice = notice;
  }

  interface Attempt<T> {
    T run(int attempt) throws IOException;
  }

  /** Runs an attempt, retrying transient failures with backoff; the last failure becomes exit 3. */
  <T> T withRetries(URI uri, String what, Attempt<T> attempt) {
    int attempts = options.retries() + 1;
    for (int n = 1; ; n++) {
      try {
        return attempt.run(n);
      } catch (TransientFailure e) {
        if (n >= attempts) {
          throw unreachable(uri, what, e.getMessage(), attempts);
        }
        Duration backoff = options.backoff(n);
        retryNotice.accept(String.format(java.util.Locale.ROOT, "%s %s: %s; retrying in %.1f s (attempt %d of %d)",
            what, uri, e.getMessage(), backoff.toMillis() / 1000.0, n + 1, attempts));
        sleep(backoff);
      } catch (HostNotResolved e) {
        throw new GoreadyException(ExitCode.NETWORK, "cannot fetch " + what + " " + uri + ": " + e.getMessage(),
            "check the host name, and this machine's DNS (/etc/resolv.conf; in WSL, generateResolvConf in /etc/wsl.conf); "
                + "a network that resolves only through a proxy needs HTTPS_PROXY", e);
      } catch (IOException e) {
        throw new GoreadyException(ExitCode.NETWORK, "cannot fetch " + what + " " + uri + ": " + describe(e), null, e);
      }
    }
  }

  static GoreadyException unreachable(URI uri, String what, String reason, int attempts) {
    return new GoreadyException(
        ExitCode.NETWORK,
        "cannot fetch " + what + " " + uri + ": " + reason + " (" + attempts + (attempts == 1 ? " attempt)" : " attempts)"),
        "check the network, HTTPS_PROXY/NO_PROXY, or point --index/--download-url at a reachable mirror");
  }

  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Short, plain words for low-level failures. */
  static String describe(Throwable e) {
    Function<Throwable, String> message = t -> t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    if (e instanceof HttpConnectTimeoutException) {
      return "connection timed out";
    }
    if (e instanceof HttpTimeoutException) {
      return "no response within the read timeout";
    }
    if (e instanceof ConnectException || e.getCause() instanceof ConnectException) {
      return "connection refused or unreachable";
    }
    if (e instanceof SSLException) {
      return "TLS failed (" + message.apply(e) + "); behind TLS interception set GOREADY_CA_FILE to your company's CA bundle";
    }
    return message.apply(e);
  }

  @Override
  public void close() {
    watchdog.shutdownNow();
    client.close();
  }
}
