package dev.goready.fetch;

import dev.goready.GoreadyException;
import dev.goready.host.HttpAnswer;
import dev.goready.host.HttpAnswer.Kind;
import dev.goready.host.HttpDoor;
import dev.goready.host.HttpGet;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;

/**
 * The {@link HttpDoor} of a live machine: one GET, once, through the {@link Fetcher} installs use (the
 * same HTTPS_PROXY, NO_PROXY, proxy and netrc credentials, company CA), timed to its headers and
 * never followed elsewhere; a failure becomes a classified answer, never an exception. The Fetcher is
 * built on first use, so settings that cannot build one (an HTTPS_PROXY that is no URL, an unreadable
 * GOREADY_CA_FILE) are an answer too, and cost nothing when no check asks.
 */
public final class Reachability implements HttpDoor, AutoCloseable {
  /** How the JDK reports a proxy that answered CONNECT with something other than 200 (or a 407 it could answer). */
  private static final Pattern TUNNEL_REFUSED = Pattern.compile("Tunnel failed, got: (\\d{3})");

  private final Supplier<Fetcher> fetchers;
  private Fetcher fetcher;
  private GoreadyException cannotBuild;

  public Reachability(Supplier<Fetcher> fetchers) {
    this.fetchers = fetchers;
  }

  @Override
  public HttpAnswer get(HttpGet request) {
    Fetcher client;
    try {
      client = fetcher();
    } catch (GoreadyException e) {
      return HttpAnswer.failed(Kind.SETUP, e.getMessage() + e.hint().map(h -> "; " + h).orElse(""), 0, "unknown");
    }
    String proxy = client.proxyShownFor(request.uri());
    long start = System.nanoTime();
    try {
      HttpResponse<InputStream> response = client.client().send(
          HttpRequest.newBuilder(request.uri()).GET().timeout(request.timeout()).header("User-Agent", Fetcher.USER_AGENT).build(),
          HttpResponse.BodyHandlers.ofInputStream());
      response.body().close(); // the status is the answer; the body may be a whole version list
      return HttpAnswer.status(response.statusCode(), millisSince(start), proxy);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return HttpAnswer.failed(Kind.OTHER, "interrupted", millisSince(start), proxy);
    } catch (IOException | IllegalArgumentException e) {
      Matcher tunnel = TUNNEL_REFUSED.matcher(String.valueOf(e.getMessage()));
      if (tunnel.matches()) {
        return HttpAnswer.status(Integer.parseInt(tunnel.group(1)), millisSince(start), proxy); // the proxy's own answer to CONNECT
      }
      Kind kind = kind(e, client);
      return HttpAnswer.failed(kind, kind == Kind.DNS ? "the name does not resolve" : message(e, request, client), millisSince(start), proxy);
    }
  }

  private synchronized Fetcher fetcher() {
    if (fetcher == null && cannotBuild == null) {
      try {
        fetcher = fetchers.get();
      } catch (GoreadyException e) {
        cannotBuild = e;
      }
    }
    if (cannotBuild != null) {
      throw cannotBuild;
    }
    return fetcher;
  }

  static Kind kind(Throwable e, Fetcher client) {
    if (e instanceof HttpTimeoutException) {
      return Kind.TIMEOUT; // HttpConnectTimeoutException too
    }
    if (e instanceof SSLException) {
      return has(e, CertPathBuilderException.class) || has(e, CertPathValidatorException.class) ? Kind.TLS_UNTRUSTED : Kind.TLS;
    }
    if (has(e, UnresolvedAddressException.class) || has(e, java.net.UnknownHostException.class)) {
      return Kind.DNS;
    }
    if (has(e, ConnectException.class)) {
      return Kind.REFUSED;
    }
    String message = String.valueOf(e.getMessage());
    if (message.equals("No credentials provided") || message.startsWith("too many authentication attempts")) {
      return client.lastChallengeFromProxy() ? Kind.PROXY_AUTH : Kind.SERVER_AUTH;
    }
    return Kind.OTHER;
  }

  private static String message(Throwable e, HttpGet request, Fetcher client) {
    if (e instanceof HttpConnectTimeoutException) {
      Duration limit = request.timeout().compareTo(client.options().connectTimeout()) < 0 ? request.timeout() : client.options().connectTimeout();
      return "no connection within " + limit.toMillis() + " ms";
    }
    if (e instanceof HttpTimeoutException) {
      return "no answer within " + request.timeout().toMillis() + " ms";
    }
    return Fetcher.describe(e).replaceFirst("; behind TLS interception.*$", "");
  }

  private static boolean has(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  @Override
  public synchronized void close() {
    if (fetcher != null) {
      fetcher.close();
    }
  }
}
