package dev.goready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goready.testing.ArchiveBuilder;
import dev.goready.testing.FaultyServer;
import dev.goready.testing.IndexBuilder;
import dev.goready.testing.Run;
import dev.goready.testing.TestCertificates;
import dev.goready.testing.TestHost;
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
      assertThat(ok.out()).contains("sha256 ok  " + IndexBuilder.sha256(archive), "size   ok");

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
}
