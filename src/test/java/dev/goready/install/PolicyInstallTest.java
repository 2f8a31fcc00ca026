package dev.goready.install;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.testing.ArchiveBuilder;
import dev.goready.testing.FaultyServer;
import dev.goready.testing.IndexBuilder;
import dev.goready.testing.NoteSigner;
import dev.goready.testing.Run;
import dev.goready.testing.TestHost;
import dev.goready.testing.TestSumdb;
import dev.goready.verify.ModuleHash;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --require / GOREADY_REQUIRE on the default (index) source: a required check that fails or cannot run activates nothing. */
class PolicyInstallTest {
  @TempDir Path temp;
  FaultyServer server;
  TestSumdb log;
  Path home;

  @BeforeEach
  void serve() throws Exception {
    home = temp.resolve("home");
    ArchiveBuilder tree = ArchiveBuilder.goToolchain("go1.22.5", "linux", "amd64").file("go/src/go.mod", "module std\n");
    byte[] archive = tree.tarGz();
    String moduleVersion = "v0.0.1-go1.22.5.linux-amd64";
    Path zip = Files.write(temp.resolve("m.zip"), tree.toolchainModuleZip(moduleVersion));
    log = new TestSumdb(NoteSigner.generate("sum.test"), 8);
    log.add("golang.org/toolchain@" + moduleVersion, "golang.org/toolchain " + moduleVersion + " " + ModuleHash.ofModuleZip(zip, "golang.org/toolchain@" + moduleVersion + "/") + "\n");
    server = new FaultyServer();
    log.publish(server, "/db", 1);
    server.serve("/dl/go1.22.5.linux-amd64.tar.gz", archive)
        .serve("/index.json", new IndexBuilder().archive("go1.22.5", "linux", "amd64", archive).bytes());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  TestHost host() {
    return new TestHost().with("GOREADY_HOME", home.toString())
        .with("GOREADY_INDEX", server.url("/index.json").toString())
        .with("GOREADY_DOWNLOAD_URL", server.url("/dl").toString())
        .with("GOPROXY", "off")
        .with("GOSUMDB", log.signer().verifierKey() + " " + server.url("/db"));
  }

  Run install(TestHost host, String... extra) {
    String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("install", "--os", "linux", "--arch", "amd64", "1.22.5"), java.util.stream.Stream.of(extra)).toArray(String[]::new);
    return Run.of(host, args);
  }

  @Test
  void aRequiredChecksumDatabaseCheckRunsOnTheReleaseArchive() throws Exception {
    Run run = install(host(), "--require", "sha256,sumdb");
    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(Files.readString(home.resolve("audit.jsonl"))).contains("\"method\":\"sumdb\"", "\"result\":\"ok\"", "\"recordId\":0");
  }

  @Test
  void aRequiredSignatureThatIsMissingActivatesNothing() throws Exception {
    Run run = install(host().with("GOREADY_REQUIRE", "pgp"));
    assertThat(run.exit()).as(run.toString()).isEqualTo(4);
    assertThat(run.err()).contains("required check pgp unavailable", "no signature at " + server.url("/dl/go1.22.5.linux-amd64.tar.gz.asc"));
    assertThat(home.resolve("toolchains/go1.22.5")).doesNotExist();
    assertThat(home.resolve("current")).doesNotExist();
    assertThat(Files.readString(home.resolve("audit.jsonl"))).contains("\"method\":\"pgp\"", "\"result\":\"unavailable\"");
    Run sigstore = install(host(), "--require", "sigstore");
    assertThat(sigstore.exit()).isEqualTo(4);
    assertThat(sigstore.err()).contains("required check sigstore unavailable");
  }

  @Test
  void aDatabaseThatDisagreesFailsTheInstall() throws Exception {
    TestSumdb other = new TestSumdb(log.signer(), 8);
    other.add("golang.org/toolchain@v0.0.1-go1.22.5.linux-amd64", "golang.org/toolchain v0.0.1-go1.22.5.linux-amd64 h1:c29tZXRoaW5nIGVsc2UgZW50aXJlbHkgaGVyZSE=\n");
    other.publish(server, "/db", 1);
    Run run = install(host(), "--require", "sumdb");
    assertThat(run.exit()).as(run.toString()).isEqualTo(4);
    assertThat(run.err()).contains("required check sumdb fail");
    assertThat(home.resolve("toolchains/go1.22.5")).doesNotExist();
  }

  @Test
  void theMsiCannotMeetAPolicyBeyondItsOwnChecks() {
    Run run = install(host(), "--msi", "--require", "sha256,pgp");
    assertThat(run.exit()).isEqualTo(4);
    assertThat(run.err()).contains("--msi: required check pgp unavailable");
    assertThat(install(host(), "--msi", "--source", "proxy").exit()).isEqualTo(2);
  }

  @Test
  void anUnknownCheckIsAUsageError() {
    Run run = install(host(), "--require", "sha256,gpg");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("unknown check 'gpg'", "sha256,sumdb,pgp,sigstore");
  }

  /** golang.org/toolchain modules exist from go1.21.0 on: for an older release the answer needs no network. */
  @Test
  void theChecksumDatabaseCannotVouchForAReleaseBeforeGo121AndSaysSoAtOnce() throws Exception {
    byte[] old = ArchiveBuilder.goToolchain("go1.20.14", "linux", "amd64").tarGz();
    server.serve("/dl/go1.20.14.linux-amd64.tar.gz", old)
        .serve("/index.json", new IndexBuilder().archive("go1.20.14", "linux", "amd64", old).bytes());
    Run run = Run.of(host(), "install", "--os", "linux", "--arch", "amd64", "1.20.14", "--require", "sumdb");
    assertThat(run.exit()).as(run.toString()).isEqualTo(4);
    String said = "no golang.org/toolchain module exists for go1.20.14 (they exist from go1.21.0 on)";
    assertThat(run.err()).contains(said);
    assertThat(run.err().split(java.util.regex.Pattern.quote(said), -1)).as(run.toString()).hasSize(2);
    assertThat(server.requestsTo("/dl/go1.20.14.linux-amd64.tar.gz")).isZero();
    assertThat(home.resolve("toolchains/go1.20.14")).doesNotExist();

    Path file = Files.write(temp.resolve("go1.20.14.linux-amd64.tar.gz"), old);
    long before = server.requests().size();
    Run verify = Run.of(host(), "verify", file.toString(), "--sumdb");
    assertThat(verify.exit()).as(verify.toString()).isEqualTo(1);
    assertThat(verify.out()).containsPattern("sumdb +unavailable +" + java.util.regex.Pattern.quote(said));
    assertThat((verify.out() + verify.err()).split(java.util.regex.Pattern.quote(said), -1)).as(verify.toString()).hasSize(2);
    assertThat(server.requests().subList((int) before, server.requests().size())).noneMatch(r -> r.path().startsWith("/db"));
  }
}
