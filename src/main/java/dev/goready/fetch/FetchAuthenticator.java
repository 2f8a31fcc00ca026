package dev.goready.fetch;

import java.net.Authenticator;
import java.net.PasswordAuthentication;

/**
 * Answers a proxy's 407 with the credentials of that proxy's URL, and a server's 401 with that
 * server's own credentials (netrc, GOPROXY URL); anyone else asking gets nothing.
 */
final class FetchAuthenticator extends Authenticator {
  private final ProxySettings proxies;
  private final ServerCredentials servers;
  private volatile boolean lastFromProxy;

  FetchAuthenticator(ProxySettings proxies, ServerCredentials servers) {
    this.proxies = proxies;
    this.servers = servers;
  }

  @Override
  protected PasswordAuthentication getPasswordAuthentication() {
    lastFromProxy = getRequestorType() == RequestorType.PROXY;
    return (getRequestorType() == RequestorType.PROXY
        ? proxies.credentialsFor(getRequestingHost(), getRequestingPort())
        : servers.forHost(getRequestingHost())).orElse(null);
  }

  /**
   * Whether the last challenge came from a proxy: the JDK reports a challenge it got no (or wrong)
   * credentials for in the same words for a proxy and a server, and the fixes differ.
   */
  boolean lastChallengeFromProxy() {
    return lastFromProxy;
  }
}
