package dev.goready.host;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What one {@link HttpGet} got: the status and how long the headers took, or why no response came,
 * classified so a check can name the fix; and the proxy it went through, shown without credentials
 * ("none" when it went direct).
 */
public record HttpAnswer(OptionalInt status, long millis, String proxy, Optional<Failure> failure) {

  /** Why no response came, in the words a fix can be picked by. */
  public enum Kind {
    DNS, REFUSED, TIMEOUT, TLS_UNTRUSTED, TLS, PROXY_AUTH, SERVER_AUTH, SETUP, OTHER;

    /** "tls-untrusted": the spelling snapshots use. */
    public String id() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind a snapshot names; one this goready does not know is OTHER. */
    public static Kind fromId(String id) {
      for (Kind kind : values()) {
        if (kind.id().equals(id)) {
          return kind;
        }
      }
      return OTHER;
    }
  }

  public record Failure(Kind kind, String message) {}

  public static HttpAnswer status(int status, long millis, String proxy) {
    return new HttpAnswer(OptionalInt.of(status), millis, proxy, Optional.empty());
  }

  public static HttpAnswer failed(Kind kind, String message, long millis, String proxy) {
    return new HttpAnswer(OptionalInt.empty(), millis, proxy, Optional.of(new Failure(kind, message)));
  }
}
