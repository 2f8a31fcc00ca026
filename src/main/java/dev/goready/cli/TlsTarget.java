package dev.goready.cli;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import java.net.URI;
import java.net.URISyntaxException;

/** A HOST or HOST:PORT that verify tls was asked about, checked before any connection: a typo is a usage error. */
record TlsTarget(String text, URI uri) {
  static TlsTarget parse(String text) {
    try {
      URI uri = new URI("https://" + text + "/");
      boolean whole = uri.getHost() != null && text.equals(uri.getRawAuthority()) && uri.getRawUserInfo() == null && !text.endsWith(":")
          && (uri.getPort() == -1 || (uri.getPort() >= 1 && uri.getPort() <= 65535));
      if (whole) {
        return new TlsTarget(text, uri);
      }
    } catch (URISyntaxException e) {
      // falls through to the usage error below
    }
    throw new GoreadyException(ExitCode.USAGE, "'" + text + "' is not HOST or HOST:PORT (port 1 to 65535)",
        "for example go.dev, mirror.corp.example:8443 or [::1]:8443");
  }
}
