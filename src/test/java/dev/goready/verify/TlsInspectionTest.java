package dev.goready.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.testing.FaultyServer;
import dev.goready.testing.TestCertificates;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsInspectionTest {
  @TempDir Path temp;

  static List<X509Certificate> publicRoots() throws Exception {
    try (InputStream pem = TlsInspection.class.getResourceAsStream("public-roots.pem")) {
      return CertificateFactory.getInstance("X.509").generateCertificates(pem).stream().map(c -> (X509Certificate) c).toList();
    }
  }

  @Test
  void thePinnedListIsMozillasRootsAndEachIsASelfSignedCa() throws Exception {
    List<X509Certificate> roots = publicRoots();
    assertThat(roots).hasSizeGreaterThan(100);
    assertThat(roots).allSatisfy(root -> {
      assertThat(root.getBasicConstraints()).as(root.getSubjectX500Principal().getName()).isNotNegative();
      assertThat(root.getSubjectX500Principal()).isEqualTo(root.getIssuerX500Principal());
    });
    assertThat(roots).extracting(r -> r.getSubjectX500Principal().getName()).anyMatch(n -> n.contains("CN=ISRG Root X1"))
        .anyMatch(n -> n.contains("CN=DigiCert Global Root G2"));
  }

  /**
   * Debian's case: the corporate root sits in the store the JDK trusts by default (update-ca-certificates
   * puts it there), so the connection is trusted; it is still not a public CA, and that is what is said.
   */
  @Test
  void aCompanyRootInTheSystemStoreIsStillAPrivateRoot() throws Exception {
    TestCertificates company = TestCertificates.create(temp, "localhost", "dns:localhost,ip:127.0.0.1");
    KeyStore systemStore = KeyStore.getInstance(KeyStore.getDefaultType());
    systemStore.load(null, null);
    for (X509Certificate root : publicRoots()) {
      systemStore.setCertificateEntry(root.getSubjectX500Principal().getName(), root);
    }
    try (InputStream ca = Files.newInputStream(company.caBundle())) {
      systemStore.setCertificateEntry("corporate", CertificateFactory.getInstance("X.509").generateCertificate(ca));
    }
    Path storeFile = temp.resolve("cacerts.p12");
    try (var out = Files.newOutputStream(storeFile)) {
      systemStore.store(out, "changeit".toCharArray());
    }
    // The JVM's default trust, as Debian's JDK has it: the system store, company root included.
    System.setProperty("javax.net.ssl.trustStore", storeFile.toString());
    System.setProperty("javax.net.ssl.trustStorePassword", "changeit");
    System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
    TlsInspection.Recorder recorder;
    try {
      recorder = new TlsInspection.Recorder(TlsInspection.trustOf(Optional.empty()));
    } finally {
      System.clearProperty("javax.net.ssl.trustStore");
      System.clearProperty("javax.net.ssl.trustStorePassword");
      System.clearProperty("javax.net.ssl.trustStoreType");
    }
    try (FaultyServer server = new FaultyServer(company.serverContext());
        SSLSocket socket = (SSLSocket) TlsInspection.recordingContext(recorder).getSocketFactory().createSocket("127.0.0.1", server.port())) {
      server.serve("/", "hello".getBytes());
      socket.startHandshake();
      TlsInspection.Report report = recorder.report("127.0.0.1", Optional.of(socket.getSession().getProtocol()), Optional.empty());
      assertThat(report.verdict()).isEqualTo(TlsInspection.Verdict.PRIVATE_ROOT);
      assertThat(report.chain().getFirst().subject()).isEqualTo("CN=localhost");
      assertThat(Collections.list(systemStore.aliases())).contains("corporate");
    }
  }
}
