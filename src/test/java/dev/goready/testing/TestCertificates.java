package dev.goready.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/** A self-signed server certificate made with the JDK's own keytool, and its PEM as a CA bundle. */
public final class TestCertificates {
  private static final char[] PASSWORD = "changeit".toCharArray();

  private final Path keystore;
  private final Path pem;

  private TestCertificates(Path keystore, Path pem) {
    this.keystore = keystore;
    this.pem = pem;
  }

  public static TestCertificates create(Path dir, String hostname) throws IOException, InterruptedException {
    return create(dir, hostname, "dns:" + hostname);
  }

  /** With an explicit subjectAltName list, such as "dns:localhost,ip:127.0.0.1". */
  public static TestCertificates create(Path dir, String hostname, String subjectAltNames) throws IOException, InterruptedException {
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    Path keystore = dir.resolve("server.p12");
    Path pem = dir.resolve("ca.pem");
    run(List.of(keytool.toString(), "-genkeypair", "-alias", "server", "-keyalg", "EC", "-dname", "CN=" + hostname,
        "-ext", "SAN=" + subjectAltNames, "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", "changeit"));
    run(List.of(keytool.toString(), "-exportcert", "-rfc", "-alias", "server", "-keystore", keystore.toString(), "-storepass", "changeit", "-file", pem.toString()));
    return new TestCertificates(keystore, pem);
  }

  private static void run(List<String> argv) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(argv).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (process.waitFor() != 0) {
      throw new IOException("keytool failed: " + output);
    }
  }

  public Path caBundle() {
    return pem;
  }

  public SSLContext serverContext() throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      store.load(in, PASSWORD);
    }
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(store, PASSWORD);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keys.getKeyManagers(), null, null);
    return context;
  }
}
