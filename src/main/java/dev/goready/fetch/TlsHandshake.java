package dev.goready.fetch;

import java.util.Optional;
import javax.net.ssl.SSLSession;

/** One TLS handshake's end: the session it negotiated, or why the JDK refused it. */
public record TlsHandshake(Optional<SSLSession> session, Optional<String> refusal) {
  static TlsHandshake completed(SSLSession session) {
    return new TlsHandshake(Optional.of(session), Optional.empty());
  }

  static TlsHandshake refused(String why) {
    return new TlsHandshake(Optional.empty(), Optional.of(why));
  }

  public Optional<String> protocol() {
    return session.map(SSLSession::getProtocol);
  }
}
