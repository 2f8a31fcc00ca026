package dev.goready.verify;

import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * What a TLS connection presented and whether it is trusted: by the public CAs alone (Mozilla's list,
 * shipped in the jar), or only through another root (a company CA, in the OS store or GOREADY_CA_FILE) —
 * the mark of TLS interception by a corporate proxy, which is worth knowing but not an error.
 */
public final class TlsInspection {
  public enum Verdict {
    PUBLIC,
    PRIVATE_ROOT,
    UNTRUSTED,
    /** The port answered, but not in TLS: plain HTTP, SSH, a banner. */
    NOT_TLS
  }

  /** The JDK's words for an answer that is no TLS record: "Unrecognized SSL message, plaintext connection?". */
  private static final java.util.regex.Pattern PLAIN_TEXT = java.util.regex.Pattern.compile("(?i)unrecognized SSL message|plaintext connection");

  public record Certificate(String subject, String issuer, String notBefore, String notAfter, String sha256) {}

  public record Report(String host, String protocol, List<Certificate> chain, Verdict verdict, Optional<String> problem) {}

  private TlsInspection() {}

  /**
   * A trust manager that lets the handshake finish whatever the chain, recording it and how it
   * validates against the trust in use ({@code inUse}) and against the public CAs alone.
   */
  public static final class Recorder implements X509TrustManager {
    private final X509TrustManager inUse;
    private final X509TrustManager publicCas;
    private volatile X509Certificate[] chain = new X509Certificate[0];
    private volatile Verdict verdict = Verdict.UNTRUSTED;
    private volatile String problem;

    public Recorder(X509TrustManager inUse) {
      this.inUse = inUse;
      this.publicCas = PublicRoots.TRUST;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] presented, String authType) {
      chain = presented.clone();
      try {
        publicCas.checkServerTrusted(presented, authType);
        verdict = Verdict.PUBLIC;
        return;
      } catch (CertificateException e) {
        problem = e.getMessage();
      }
      try {
        inUse.checkServerTrusted(presented, authType);
        verdict = Verdict.PRIVATE_ROOT;
      } catch (CertificateException e) {
        verdict = Verdict.UNTRUSTED;
        problem = e.getMessage();
      }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
      throw new CertificateException("goready never acts as a TLS server");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return inUse.getAcceptedIssuers();
    }

    /**
     * What the connection showed: {@code protocol} when the handshake completed, else the reason it was
     * refused. A refusal before any certificate came is not TLS when the answer was not a TLS record,
     * else a failed handshake; one after the chain came (a name that does not match) is untrusted.
     */
    public Report report(String host, Optional<String> protocol, Optional<String> refusal) {
      List<Certificate> certificates = java.util.Arrays.stream(chain).map(TlsInspection::describe).toList();
      if (protocol.isEmpty()) {
        String why = refusal.orElse("the handshake did not complete");
        if (certificates.isEmpty() && PLAIN_TEXT.matcher(why).find()) {
          return new Report(host, "not TLS", certificates, Verdict.NOT_TLS, Optional.of("not TLS: the port answers in plain text (an http:// port?)"));
        }
        return new Report(host, "handshake refused", certificates, Verdict.UNTRUSTED, Optional.of("handshake refused: " + why));
      }
      String reason = switch (verdict) {
        case PUBLIC -> null;
        case PRIVATE_ROOT -> "anchored in a private root, not a public CA: a corporate proxy is probably intercepting TLS";
        case UNTRUSTED, NOT_TLS -> "not trusted: " + problem;
      };
      return new Report(host, protocol.get(), certificates, verdict, Optional.ofNullable(reason));
    }
  }

  /** An SSL context whose handshakes always complete, reporting through the recorder. */
  public static SSLContext recordingContext(Recorder recorder) throws java.security.GeneralSecurityException {
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, new javax.net.ssl.TrustManager[] {recorder}, null);
    return context;
  }

  /** The trust manager of an SSL context's trust (the JDK default when there is no custom one). */
  public static X509TrustManager trustOf(Optional<KeyStore> custom) {
    try {
      TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(custom.orElse(null));
      for (var manager : factory.getTrustManagers()) {
        if (manager instanceof X509TrustManager x509) {
          return x509;
        }
      }
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has no X.509 trust manager", e);
    }
    throw new IllegalStateException("the JDK has no X.509 trust manager");
  }

  /**
   * Trust in the public CAs alone: Mozilla's root list, shipped in the jar (scripts/update-public-roots.sh).
   * Not the JDK's default store: on Debian and Ubuntu that is the system store, which also holds any
   * corporate root installed with update-ca-certificates, so an intercepted connection looked public.
   */
  private static X509TrustManager publicRoots() {
    try (var pem = TlsInspection.class.getResourceAsStream("public-roots.pem")) {
      if (pem == null) {
        throw new IllegalStateException("public-roots.pem is missing from the jar");
      }
      KeyStore roots = KeyStore.getInstance(KeyStore.getDefaultType());
      roots.load(null, null);
      int n = 0;
      for (java.security.cert.Certificate root : java.security.cert.CertificateFactory.getInstance("X.509").generateCertificates(pem)) {
        roots.setCertificateEntry("public-root-" + n++, root);
      }
      return trustOf(Optional.of(roots));
    } catch (java.io.IOException | java.security.GeneralSecurityException e) {
      throw new IllegalStateException("public-roots.pem in the jar cannot be read", e);
    }
  }
  /** Parsed once per process however many hosts verify tls asks about (142 certificates, 200 kB of PEM). */
  private static final class PublicRoots {
    static final X509TrustManager TRUST = publicRoots();
  }


  static Certificate describe(X509Certificate certificate) {
    String fingerprint;
    try {
      fingerprint = HexFormat.ofDelimiter(":").withUpperCase().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
    } catch (java.security.GeneralSecurityException e) {
      fingerprint = "?";
    }
    return new Certificate(certificate.getSubjectX500Principal().getName(), certificate.getIssuerX500Principal().getName(),
        certificate.getNotBefore().toInstant().toString(), certificate.getNotAfter().toInstant().toString(), fingerprint);
  }
}
