package dev.goready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goready.testing.ArchiveBuilder;
import dev.goready.testing.FaultyServer;
import dev.goready.testing.IndexBuilder;
import dev.goready.testing.NoteSigner;
import dev.goready.testing.Run;
import dev.goready.testing.TestCertificates;
import dev.goready.testing.TestHost;
import dev.goready.testing.TestPgpKeys;
import dev.goready.testing.TestSumdb;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyCommandTest {
  @TempDir Path temp;

  @Test
  void anArchiveIsCheckedAgainstTheIndexAndTheCheckIsAudited() throws Exception {
    byte[] archive = ArchiveBuilder.goToolchain("go1.22.5", "linux", "amd64").tarGz();
    try (FaultyServer server = new FaultyServer()) {
      server.serve("/index.json", new IndexBuilder().archive("go1.22.5", "linux", "amd64", archive).bytes());
      TestHost host = new TestHost().with("GOREADY_HOME", temp.resolve("home").toString()).with("GOREADY_INDEX", server.url("/index.json").toString());
      Path good = Files.write(temp.resolve("go1.22.5.linux-amd64.tar.gz"), archive);
      Run ok = Run.of(host, "verify", good.toString());
      assertThat(ok.exit()).as(ok.toString()).isZero();
      assertThat(ok.out()).containsPattern("sha256 +ok +" + IndexBuilder.sha256(archive) + " \\(\\d+ bytes\\) matches the index");

      Path tampered = Files.createDirectories(temp.resolve("t")).resolve("go1.22.5.linux-amd64.tar.gz");
      byte[] bytes = archive.clone();
      bytes[10] ^= 1;
      Files.write(tampered, bytes);
      Run bad = Run.of(host, "verify", tampered.toString(), "--json");
      assertThat(bad.exit()).isEqualTo(4);
      assertThat(new ObjectMapper().readTree(bad.out()).get("result").asText()).isEqualTo("fail");
      assertThat(bad.err()).contains(IndexBuilder.sha256(archive), IndexBuilder.sha256(bytes));

      Path unknown = Files.write(temp.resolve("go9.9.9.linux-amd64.tar.gz"), archive);
      assertThat(Run.of(host, "verify", unknown.toString()).exit()).isEqualTo(2);
      assertThat(Files.readString(temp.resolve("home/audit.jsonl"))).contains("\"action\":\"verify\"", "\"result\":\"ok\"", "\"result\":\"fail\"");
    }
  }

  /** --sumdb, --asc and --bundle against a mirror, a checksum database and signatures of our own. */
  @Test
  void eachIndependentCheckSaysOkFailOrUnavailable() throws Exception {
    ArchiveBuilder tree = ArchiveBuilder.goToolchain("go1.22.5", "linux", "amd64").file("go/src/go.mod", "module std\n");
    byte[] archive = tree.tarGz();
    String moduleVersion = "v0.0.1-go1.22.5.linux-amd64";
    Path moduleZip = Files.write(temp.resolve("module.zip"), tree.toolchainModuleZip(moduleVersion));
    String h1 = dev.goready.verify.ModuleHash.ofModuleZip(moduleZip, "golang.org/toolchain@" + moduleVersion + "/");
    TestSumdb log = new TestSumdb(NoteSigner.generate("sum.test"), 8);
    log.add("golang.org/toolchain@" + moduleVersion, "golang.org/toolchain " + moduleVersion + " " + h1 + "\n");
    try (FaultyServer server = new FaultyServer()) {
      log.publish(server, "/db", 1);
      TestPgpKeys stranger = TestPgpKeys.primary("Mallory <m@example.com>", java.time.Duration.ofDays(2));
      var strangerKey = stranger.addSigningSubkey(java.time.Duration.ofDays(1), java.time.Duration.ZERO);
      server.serve("/index.json", new IndexBuilder().archive("go1.22.5", "linux", "amd64", archive).bytes())
          .serve("/dl/go1.22.5.linux-amd64.tar.gz.asc", TestPgpKeys.sign(strangerKey, archive, java.time.Duration.ZERO));
      TestHost host = new TestHost().with("GOREADY_HOME", temp.resolve("home").toString())
          .with("GOREADY_INDEX", server.url("/index.json").toString())
          .with("GOREADY_DOWNLOAD_URL", server.url("/dl").toString())
          .with("GOPROXY", "off")
          .with("GOSUMDB", log.signer().verifierKey() + " " + server.url("/db"));
      Path file = Files.write(temp.resolve("go1.22.5.linux-amd64.tar.gz"), archive);

      Run sumdb = Run.of(host, "verify", file.toString(), "--sumdb", "--json");
      assertThat(sumdb.exit()).as(sumdb.toString()).isZero();
      var checks = new ObjectMapper().readTree(sumdb.out()).get("checks");
      assertThat(checks.get(1).get("method").asText()).isEqualTo("sumdb");
      assertThat(checks.get(1).get("result").asText()).isEqualTo("ok");
      assertThat(checks.get(1).get("treeSize").asLong()).isEqualTo(1);

      // Air-gapped: no index, but the checksum database (through whatever proxy relays it) still answers.
      Run offline = Run.of(host.with("GOREADY_INDEX", server.url("/no-index.json").toString()).with("GOREADY_RETRIES", "0"), "verify", file.toString(), "--sumdb");
      assertThat(offline.exit()).as(offline.toString()).isEqualTo(1);
      assertThat(offline.out()).containsPattern("sha256 +unavailable").containsPattern("sumdb +ok");
      // The audit log says the same: a check that could not run did not fail.
      String lastSha256 = Files.readAllLines(temp.resolve("home/audit.jsonl")).stream().filter(l -> l.contains("\"method\":\"sha256\"")).toList().getLast();
      assertThat(new ObjectMapper().readTree(lastSha256).get("result").asText()).isEqualTo("unavailable");
      assertThat(Run.of(host, "audit").out()).containsPattern("verify +unavailable +go1.22.5.linux-amd64.tar.gz");

      Run asc = Run.of(host, "verify", file.toString(), "--asc");
      assertThat(asc.exit()).as(asc.toString()).isEqualTo(4);
      assertThat(asc.out()).containsPattern("pgp +fail +signed by key [0-9A-F]{16}, which is neither EB4C1BFD4F042F6DDDCCEC917721F63BD38B4796");

      Run noSignature = Run.of(host.with("GOREADY_DOWNLOAD_URL", server.url("/elsewhere").toString()), "verify", file.toString(), "--asc");
      assertThat(noSignature.exit()).as(noSignature.toString()).isEqualTo(1);
      assertThat(noSignature.out()).containsPattern("pgp +unavailable +no signature at .*HTTP 404");

      Path bundle = Path.of(VerifyCommandTest.class.getResource("/sigstore/bundle.v3_1.sigstore").toURI());
      Run sigstore = Run.of(host, "verify", file.toString(), "--bundle", bundle.toString(),
          "--certificate-identity", "appu@google.com", "--certificate-oidc-issuer", "https://accounts.google.com");
      assertThat(sigstore.exit()).as(sigstore.toString()).isEqualTo(4);
      assertThat(sigstore.out()).containsPattern("sigstore +fail");
      Run unconfigured = Run.of(host, "verify", file.toString(), "--bundle", bundle.toString());
      assertThat(unconfigured.exit()).isEqualTo(1);
      assertThat(unconfigured.out()).contains("no expected signer");
    }
  }

  @Test
  void tlsNamesAPrivateRootAsInterceptionAndAnUntrustedChainAsAFailure() throws Exception {
    TestCertificates certificates = TestCertificates.create(temp, "localhost", "dns:localhost,ip:127.0.0.1");
    try (FaultyServer server = new FaultyServer(certificates.serverContext())) {
      server.serve("/", "hello".getBytes());
      String target = "127.0.0.1:" + server.port();
      Run untrusted = Run.of(new TestHost(), "verify", "tls", target);
      assertThat(untrusted.exit()).as(untrusted.toString()).isEqualTo(1);
      assertThat(untrusted.out()).contains("[✗] " + target, "not trusted", "CN=localhost");

      TestHost withCompanyCa = new TestHost().with("GOREADY_CA_FILE", certificates.caBundle().toString());
      Run intercepted = Run.of(withCompanyCa, "verify", "tls", target);
      assertThat(intercepted.exit()).as(intercepted.toString()).isZero();
      assertThat(intercepted.out()).contains("[!] " + target, "TLSv1.3", "private root", "sha256 ");
      var json = new ObjectMapper().readTree(Run.of(withCompanyCa, "verify", "tls", target, "--json").out());
      assertThat(json.get(0).get("verdict").asText()).isEqualTo("private-root");
      assertThat(json.get(0).get("chain").get(0).get("subject").asText()).isEqualTo("CN=localhost");
    }
    Run unreachable = Run.of(new TestHost(), "verify", "tls", "127.0.0.1:1");
    assertThat(unreachable.exit()).isEqualTo(3);
  }

  /** Every host asked for is answered, a plain-HTTP port is "not TLS", a typo is a usage error before any connection. */
  @Test
  void tlsAnswersEveryHostItWasAskedAbout() throws Exception {
    // A web server's plain-HTTP port, answering the ClientHello as the bad request it is (as nginx does).
    try (java.net.ServerSocket plain = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
      Thread.ofVirtual().start(() -> {
        while (!plain.isClosed()) {
          try (java.net.Socket client = plain.accept()) {
            client.getOutputStream().write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
          } catch (java.io.IOException closed) {
            // the test is over
          }
        }
      });
      String http = "127.0.0.1:" + plain.getLocalPort();
      Run text = Run.of(new TestHost(), "verify", "tls", http);
      assertThat(text.exit()).as(text.toString()).isEqualTo(1);
      assertThat(text.out()).contains("[✗] " + http, "not TLS").doesNotContain("null");

      Run both = Run.of(new TestHost(), "verify", "tls", http, "127.0.0.1:1", "--json");
      assertThat(both.exit()).as(both.toString()).isEqualTo(3);
      var json = new ObjectMapper().readTree(both.out());
      assertThat(json).hasSize(2);
      assertThat(json.get(0).get("verdict").asText()).isEqualTo("not-tls");
      assertThat(json.get(1).get("host").asText()).isEqualTo("127.0.0.1:1");
      assertThat(json.get(1).get("verdict").asText()).isEqualTo("unreachable");
      assertThat(json.get(1).get("error").asText()).contains("connection refused");
    }
    for (String malformed : new String[] {"host:port", "127.0.0.1:99999", "127.0.0.1:", ":443", "[::1", "a b", "user@go.dev", "go.dev/dl"}) {
      Run typo = Run.of(new TestHost(), "verify", "tls", "go.dev", malformed);
      assertThat(typo.exit()).as(malformed + "\n" + typo).isEqualTo(2);
      assertThat(typo.err()).contains("is not HOST or HOST:PORT").doesNotContain("internal error", "null");
      assertThat(typo.out()).isEmpty();
    }
  }
}
