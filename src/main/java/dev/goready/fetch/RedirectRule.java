package dev.goready.fetch;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import java.net.URI;
import java.util.Locale;

/**
 * Where a redirect may lead: the same rules as the URL it started from. A mirror that answers
 * https with a redirect to http, to file:, or to another scheme gets nothing from goready.
 */
final class RedirectRule {
  private RedirectRule() {}

  static URI next(URI start, URI from, String location) {
    URI target;
    try {
      target = from.resolve(location.strip());
    } catch (IllegalArgumentException e) {
      throw refused(start, location, "is not a URL");
    }
    String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw refused(start, location, "is not http or https");
    }
    if (target.getHost() == null) {
      throw refused(start, location, "names no host");
    }
    if (scheme.equals("http") && !SourceUrl.isLoopback(target.getHost())) {
      boolean downgrade = "https".equalsIgnoreCase(from.getScheme());
      if (downgrade || !target.getHost().equalsIgnoreCase(from.getHost())) {
        throw refused(start, location, downgrade ? "would drop TLS" : "is plain http to another host");
      }
    }
    return target;
  }

  private static GoreadyException refused(URI start, String location, String why) {
    return new GoreadyException(ExitCode.NETWORK, start + " redirects to " + location + ", which " + why + "; goready does not follow it",
        "point --index/--download-url (or GOPROXY) at the final https URL");
  }
}
