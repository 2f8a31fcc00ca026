package dev.goready.modproxy;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.HttpStatusException;
import java.util.ArrayList;
import java.util.List;

/**
 * GOPROXY as cmd/go reads it: entries separated by ',' (try the next only after a 404 or 410) or '|'
 * (try the next after any error); {@code direct} fetches from the module's origin and {@code off}
 * forbids fetching. Nothing after direct or off is ever reached.
 */
public record GoProxyList(List<Entry> entries, String source) {
  public static final String DIRECT = "direct";
  public static final String OFF = "off";

  /** One proxy (a URL without trailing slash, or direct/off) and whether any failure moves on. */
  public record Entry(String url, boolean fallBackOnAnyError) {
    public boolean isDirect() {
      return url.equals(DIRECT);
    }

    public boolean isOff() {
      return url.equals(OFF);
    }
  }

  public static GoProxyList parse(String value, String source) {
    List<Entry> entries = new ArrayList<>();
    String rest = value.trim();
    while (!rest.isEmpty()) {
      int comma = rest.indexOf(',');
      int pipe = rest.indexOf('|');
      int end = comma < 0 ? pipe : pipe < 0 ? comma : Math.min(comma, pipe);
      String url = (end < 0 ? rest : rest.substring(0, end)).trim();
      boolean anyError = end >= 0 && rest.charAt(end) == '|';
      rest = end < 0 ? "" : rest.substring(end + 1);
      if (url.isEmpty()) {
        continue;
      }
      if (!url.equals(DIRECT) && !url.equals(OFF)) {
        // cmd/go adds https:// to a bare host name; anything with ":/" must already be a URL.
        if (!url.contains(":/")) {
          url = "https://" + url;
        }
        if (!url.startsWith("https://") && !url.startsWith("http://") && !url.startsWith("file:/")) {
          throw new GoreadyException(ExitCode.USAGE, source + " entry '" + url + "' is not an http(s) or file URL", "GOPROXY=https://proxy.example.com,direct");
        }
        url = withoutCredentials(url.replaceAll("/+$", ""));
      }
      entries.add(new Entry(url, anyError));
      if (url.equals(DIRECT) || url.equals(OFF)) {
        break;
      }
    }
    if (entries.isEmpty()) {
      throw new GoreadyException(ExitCode.USAGE, source + "='" + value + "' contains no proxies", "GOPROXY=https://proxy.golang.org,direct");
    }
    return new GoProxyList(List.copyOf(entries), source);
  }

  /** user:pass@ is for the authenticator (ServerCredentials), never for messages or the audit log. */
  private static String withoutCredentials(String url) {
    int scheme = url.indexOf("://");
    int at = url.indexOf('@');
    int slash = url.indexOf('/', scheme + 3);
    return scheme > 0 && at > scheme && (slash < 0 || at < slash) ? url.substring(0, scheme + 3) + url.substring(at + 1) : url;
  }

  public interface Attempt<T> {
    T run(Entry entry);
  }

  /**
   * Runs {@code attempt} against each entry in turn, as cmd/go's TryProxies does. The error shown
   * at the end is the most useful one: a real failure beats a "not found".
   */
  public <T> T tryEach(String what, Attempt<T> attempt) {
    GoreadyException best = null;
    for (Entry entry : entries) {
      if (entry.isOff()) {
        throw best != null ? best : new GoreadyException(ExitCode.USAGE, what + ": module lookup disabled by GOPROXY=off (" + source + ")",
            "set GOPROXY to your module proxy, e.g. GOPROXY=https://proxy.golang.org");
      }
      try {
        return attempt.run(entry);
      } catch (GoreadyException e) {
        boolean notFound = e instanceof HttpStatusException status && status.notFound();
        if (best == null || !notFound) {
          best = e;
        }
        if (!notFound && !entry.fallBackOnAnyError()) {
          throw pointingAtGoproxy(e);
        }
      }
    }
    throw pointingAtGoproxy(best);
  }

  /**
   * A proxy that lacks it or does not answer: the hint names the setting that chose these proxies,
   * which is what the user can change. Other failures (credentials, integrity) keep their own hint.
   */
  private GoreadyException pointingAtGoproxy(GoreadyException e) {
    boolean notFound = e instanceof HttpStatusException status && status.notFound();
    boolean unreachable = !(e instanceof HttpStatusException) && e.exitCode() == ExitCode.NETWORK;
    if (!notFound && !unreachable) {
      return e;
    }
    String setting = "GOPROXY=" + String.join(",", entries.stream().map(Entry::url).toList()) + " (from " + source + ")";
    String hint = notFound
        ? "none of the proxies in " + setting + " has it: point GOPROXY at a module proxy that does"
        : setting + " did not answer: point GOPROXY at a module proxy this network reaches";
    hint += " (GOPROXY=https://proxy.golang.org,direct, or your company's)";
    return e instanceof HttpStatusException status ? new HttpStatusException(status.status(), e.getMessage(), hint)
        : new GoreadyException(e.exitCode(), e.getMessage(), hint, e);
  }
}
