package dev.goready.install;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.testing.ArchiveBuilder;
import dev.goready.testing.FaultyServer;
import dev.goready.testing.IndexBuilder;
import dev.goready.testing.Run;
import dev.goready.testing.TestCertificates;
import dev.goready.testing.TestHost;
import dev.goready.testing.TestProxy;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corporate network: an HTTPS mirror whose certificate only a company CA vouches for, reached
 * through a CONNECT proxy that wants user:pass@ credentials.
 */
class ProxyAndTlsTest {
  @TempDir Path temp;
  FaultyServer mirror;
  TestProxy proxy;
  TestCertificates certificates;

  @BeforeEach
  void start() throws Exception {
    certificates = TestCertificates.create(temp, "mirror.test");
    mirror = new FaultyServer(certificates.serverContext());
    byte[] archive = ArchiveBuilder.goToolchain("go1.22.5", "linux", "amd64").tarGz();
    mirror.serve("/go/go1.22.5.linux-amd64.tar.gz", archive)
        .serve("/dl/index.json", new IndexBuilder().archive("go1.22.5", "linux", "amd64", archive).bytes());
    proxy = new TestProxy("ann", "s:cret", mirror.port());
  }

  @AfterEach
  void stop() throws Exception {
    proxy.close();
    mirror.close();
  }

  TestHost host() {
    String base = "https://mirror.test:" + mirror.port();
    return new TestHost()
        .with("GOREADY_HOME", temp.resolve("home").toString())
        .with("GOREADY_INDEX", base + "/dl/index.json")
        .with("GOREADY_DOWNLOAD_URL", base + "/go")
        .with("GOREADY_RETRIES", "0")
        .with("HTTPS_PROXY", "http://ann:s%3Acret@127.0.0.1:" + proxy.port());
  }

  @Test
  void installsThroughAnAuthenticatingProxyWithTheCompanyCa() throws Exception {
    Run run = Run.of(host().with("GOREADY_CA_FILE", certificates.caBundle().toString()), "install", "1.22.5", "--os", "linux", "--arch", "amd64");
    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(proxy.requests()).contains("CONNECT mirror.test:" + mirror.port() + " auth=yes");
    assertThat(temp.resolve("home/current/bin/go")).exists();
    String everythingShown = run.out() + run.err() + Files.readString(temp.resolve("home/audit.jsonl"));
    assertThat(everythingShown).doesNotContain("s:cret", "s%3Acret");
  }

  @Test
  void withoutTheCompanyCaTheTlsFailureSaysWhatToSet() {
    Run run = Run.of(host(), "install", "1.22.5", "--os", "linux", "--arch", "amd64");
    assertThat(run.exit()).as(run.toString()).isEqualTo(3);
    assertThat(run.err()).contains("TLS", "GOREADY_CA_FILE");
  }

  @Test
  void sslCertFileIsHonouredToo() {
    Run run = Run.of(host().with("SSL_CERT_FILE", certificates.caBundle().toString()), "install", "1.22.5", "--os", "linux", "--arch", "amd64");
    assertThat(run.exit()).as(run.toString()).isZero();
  }
}
