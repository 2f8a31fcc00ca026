package dev.goready.fetch;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.host.Host;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTPS_PROXY, HTTP_PROXY and NO_PROXY the way Go and curl read them (upper or lower case), with
 * {@code user:pass@} credentials answered only to the proxy and never shown: {@link #describe}
 * prints the proxy without them. Loopback addresses are never proxied, as in Go's net/http.
 */
public final class ProxySettings {
  private static final Pattern HOST_PORT = Pattern.compile("(\\[[0-9a-f:]+\\]|[^:\\[\\]]+):(\\d+)");

  private final Optional<URI> httpsProxy;
  private final Optional<URI> httpProxy;
  private final List<String> noProxy;

  ProxySettings(Optional<URI> httpsProxy, Optional<URI> httpProxy, List<String> noProxy) {
    this.httpsProxy = httpsProxy;
    this.httpProxy = httpProxy;
    this.noProxy = noProxy;
  }

  public static ProxySettings from(Host host) {
    return new ProxySettings(
        variable(host, "HTTPS_PROXY").map(v -> proxyUri("HTTPS_PROXY", v)),
        variable(host, "HTTP_PROXY").map(v -> proxyUri("HTTP_PROXY", v)),
        variable(host, "NO_PROXY")
            .map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
            .orElse(List.of()));
  }

  /** A proxy variable as Go and curl read it: upper case first, then lower case; blank is unset. */
  public static Optional<String> variable(Host host, String name) {
    return host.env(name).or(() -> host.env(name.toLowerCase(Locale.ROOT))).filter(v -> !v.isBlank());
  }

  /** "proxy:3128" without a scheme means http://proxy:3128, as curl and Go assume. */
  private static URI proxyUri(String name, String value) {
    URI uri;
    try {
      uri = URI.create(value.contains("://") ? value : "http://" + value);
    } catch (IllegalArgumentException e) {
      uri = null;
    }
    if (uri == null || uri.getHost() == null || uri.getPort() > 65535) {
      throw new GoreadyException(ExitCode.USAGE, name + " (or " + name.toLowerCase(Locale.ROOT) + ") is not a proxy URL",
          "set it to http://host:port (user:password@ may go before the host), or unset it");
    }
    return uri;
  }

  public Optional<URI> proxyFor(URI target) {
    String host = target.getHost();
    if (host == null || SourceUrl.isLoopback(host) || bypassed(host.toLowerCase(Locale.ROOT), target.getPort())) {
      return Optional.empty();
    }
    return "https".equalsIgnoreCase(target.getScheme()) ? httpsProxy : httpProxy;
  }

  /**
   * NO_PROXY entries as Go reads them: "*", "example.com" (and its subdomains), ".example.com",
   * "host:port", IP addresses and CIDR ranges ("10.0.0.0/8").
   */
  private boolean bypassed(String host, int port) {
    for (String entry : noProxy) {
      String e = entry.toLowerCase(Locale.ROOT);
      if (e.equals("*")) {
        return true;
      }
      if (e.contains("/")) {
        if (Cidr.parse(e).map(c -> c.contains(host)).orElse(false)) {
          return true;
        }
        continue;
      }
      Matcher hostPort = HOST_PORT.matcher(e);
      String entryHost = e;
      if (hostPort.matches()) {
        String entryPort = hostPort.group(2).replaceFirst("^0+(?=\\d)", "");
        if (!entryPort.equals(Integer.toString(port))) {
          continue; // another port, or one no URL can have (it does not fit an int)
        }
        entryHost = hostPort.group(1);
      }
      String bare = entryHost.replaceFirst("^\\*?\\.", "").replaceAll("^\\[|\\]$", "");
      if (host.equals(bare) || host.endsWith("." + bare)) {
        return true;
      }
    }
    return false;
  }

  public ProxySelector selector() {
    return new ProxySelector() {
      @Override
      public List<Proxy> select(URI uri) {
        return List.of(
            proxyFor(uri)
                .map(p -> new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(p.getHost(), port(p))))
                .orElse(Proxy.NO_PROXY));
      }

      @Override
      public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
        // The download's own retry loop reports and retries; nothing to remember here.
      }
    };
  }

  private static int port(URI proxy) {
    if (proxy.getPort() > 0) {
      return proxy.getPort();
    }
    return "https".equalsIgnoreCase(proxy.getScheme()) ? 443 : 80;
  }

  /** The credentials in the proxy URL for the proxy at host:port, if it is ours and has any. */
  Optional<PasswordAuthentication> credentialsFor(String host, int port) {
    for (URI proxy : java.util.stream.Stream.of(httpsProxy, httpProxy).flatMap(Optional::stream).toList()) {
      if (proxy.getRawUserInfo() != null && proxy.getHost().equalsIgnoreCase(host) && port(proxy) == port) {
        return Optional.of(ServerCredentials.ofUserInfo(proxy));
      }
    }
    return Optional.empty();
  }

  /** The proxy for a URL as it may be shown: credentials removed. */
  public String describe(URI target) {
    return proxyFor(target).map(p -> p.getScheme() + "://" + p.getHost() + ":" + port(p)).orElse("none");
  }
}
