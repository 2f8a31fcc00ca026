package dev.goready.fetch;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.host.OsFamily;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The TLS trust for downloads: the JDK's CAs, the OS store where the JDK can read it (Windows-ROOT,
 * the macOS keychain), and an extra PEM bundle for corporate TLS interception. With neither extra
 * bundle nor OS store the JDK default stands unchanged.
 */
public final class TrustStores {
  private TrustStores() {}

  public static Optional<SSLContext> sslContext(OsFamily os, Optional<Path> extraCaFile) {
    return keyStore(os, extraCaFile).map(trust -> {
      try {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
      } catch (GeneralSecurityException e) {
        throw new GoreadyException(ExitCode.LOCAL, "cannot set up TLS trust: " + e.getMessage(), "check GOREADY_CA_FILE / SSL_CERT_FILE");
      }
    });
  }

  /** The trust in use as a key store, or empty when it is exactly the JDK's default. */
  public static Optional<KeyStore> keyStore(OsFamily os, Optional<Path> extraCaFile) {
    Optional<String> osStore = os.trustStore();
    if (extraCaFile.isEmpty() && osStore.isEmpty()) {
      return Optional.empty();
    }
    try {
      KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
      trust.load(null, null);
      List<X509Certificate> certificates = new ArrayList<>(jdkDefaults());
      osStore.ifPresent(type -> certificates.addAll(osCertificates(type)));
      extraCaFile.ifPresent(file -> certificates.addAll(pemBundle(file)));
      for (int i = 0; i < certificates.size(); i++) {
        trust.setCertificateEntry("ca-" + i, certificates.get(i));
      }
      return Optional.of(trust);
    } catch (GeneralSecurityException | IOException e) {
      throw new GoreadyException(ExitCode.LOCAL, "cannot set up TLS trust: " + e.getMessage(), "check GOREADY_CA_FILE / SSL_CERT_FILE");
    }
  }

  private static List<X509Certificate> jdkDefaults() throws GeneralSecurityException {
    TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init((KeyStore) null);
    List<X509Certificate> result = new ArrayList<>();
    for (var manager : factory.getTrustManagers()) {
      if (manager instanceof X509TrustManager x509) {
        result.addAll(List.of(x509.getAcceptedIssuers()));
      }
    }
    return result;
  }

  /** An OS store the JDK cannot open is not an error: the JDK's own CAs still apply. */
  private static List<X509Certificate> osCertificates(String type) {
    List<X509Certificate> result = new ArrayList<>();
    try {
      KeyStore store = KeyStore.getInstance(type);
      store.load(null, null);
      for (String alias : java.util.Collections.list(store.aliases())) {
        if (store.getCertificate(alias) instanceof X509Certificate certificate) {
          result.add(certificate);
        }
      }
    } catch (GeneralSecurityException | IOException e) {
      return List.of();
    }
    return result;
  }

  /** Every certificate in a PEM (or DER) bundle; a file with none is an error worth naming. */
  static List<X509Certificate> pemBundle(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
      List<X509Certificate> result = certificates.stream().map(X509Certificate.class::cast).toList();
      if (result.isEmpty()) {
        throw new GoreadyException(ExitCode.LOCAL, "CA bundle " + file + " holds no certificates", "point GOREADY_CA_FILE at a PEM file of CA certificates");
      }
      return result;
    } catch (IOException e) {
      throw new GoreadyException(ExitCode.LOCAL, "cannot read CA bundle " + file + ": " + e.getMessage(), "check GOREADY_CA_FILE / SSL_CERT_FILE");
    } catch (GeneralSecurityException e) {
      throw new GoreadyException(ExitCode.LOCAL, "CA bundle " + file + " is not PEM certificates: " + e.getMessage(), "point GOREADY_CA_FILE at a PEM file of CA certificates");
    }
  }
}
