package dev.goready.fetch;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Where the index and archives may come from: https and file everywhere; plain http only from this
 * machine (a test mirror) unless the user says --allow-http, because nothing but the digest would
 * then stand between a network attacker and the toolchain.
 */
public final class SourceUrl {
  private SourceUrl() {}

  public static URI parse(String text, String what, boolean allowHttp) {
    URI uri;
    try {
      uri = new URI(text.trim());
    } catch (URISyntaxException e) {
      throw bad(what, text, "is not a URL (" + e.getReason() + ")");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    return switch (scheme) {
      case "https", "file" -> uri;
      case "http" -> {
        if (!allowHttp && !isLoopback(uri.getHost())) {
          throw new GoreadyException(
              ExitCode.USAGE,
              what + " " + text + " uses plain http to a remote host",
              "use https, or pass --allow-http if this mirror really has no TLS");
        }
        yield uri;
      }
      default -> throw bad(what, text, "must start with https://, file:// or (for this machine) http://");
    };
  }

  /** "localhost", 127.0.0.0/8 and ::1; a name is never resolved here, so no DNS is asked. */
  public static boolean isLoopback(String host) {
    if (host == null) {
      return false;
    }
    String h = host.toLowerCase(Locale.ROOT).replaceAll("^\\[|\\]$", "");
    if (h.equals("localhost") || h.endsWith(".localhost")) {
      return true;
    }
    if (!h.matches("[0-9.]+|[0-9a-f:]+")) {
      return false;
    }
    try {
      return InetAddress.getByName(h).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** The base URL joined with a file name, whatever slashes the user typed. */
  public static URI child(URI base, String filename) {
    String b = base.toString();
    return URI.create(b.endsWith("/") ? b + filename : b + "/" + filename);
  }

  private static GoreadyException bad(String what, String text, String why) {
    return new GoreadyException(ExitCode.USAGE, what + " '" + text + "' " + why, "for example https://go.dev/dl/?mode=json&include=all");
  }
}
