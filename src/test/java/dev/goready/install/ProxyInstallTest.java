package dev.goready.install;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.release.ToolchainModule;
import dev.goready.testing.ArchiveBuilder;
import dev.goready.testing.FaultyServer.Fault;
import dev.goready.testing.FaultyServer;
import dev.goready.testing.NoteSigner;
import dev.goready.testing.Run;
import dev.goready.testing.TestHost;
import dev.goready.testing.TestSumdb;
import dev.goready.verify.ModuleHash;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `goready install --source proxy` against a module proxy and a checksum database of our own on
 * 127.0.0.1, with every fault of the issue injected there.
 */
class ProxyInstallTest {
  static final String V5 = "v0.0.1-go1.22.5.linux-amd64";
  static final String V4 = "v0.0.1-go1.22.4.linux-amd64";
  static final String ZIP5 = "/proxy/golang.org/toolchain/@v/" + V5 + ".zip";

  @TempDir Path temp;
  FaultyServer server;
  TestSumdb log;
  byte[] zip5;
  Path home;

  @BeforeEach
  void serve() throws Exception {
    home = temp.resolve("home");
    server = new FaultyServer();
    log = new TestSumdb(NoteSigner.generate("sum.test"), 8);
    zip5 = toolchain("go1.22.5", V5);
    byte[] zip4 = toolchain("go1.22.4", V4);
    log.add("golang.org/toolchain@v0.0.1-go1.21.0.linux-amd64", "golang.org/toolchain v0.0.1-go1.21.0.linux-amd64 h1:older=\n");
    log.add("golang.org/toolchain@" + V4, record(V4, zip4));
    log.add("golang.org/toolchain@" + V5, record(V5, zip5));
    log.add("rsc.io/quote@v1.5.2", "rsc.io/quote v1.5.2 h1:w5fcysjrx7yqtD/aO+QwRjYZOKnaM9Uh2b40tElTs3Y=\n");
    log.publish(server, "/db", log.size());
    server.serve(ZIP5, zip5).serve("/proxy/golang.org/toolchain/@v/" + V4 + ".zip", zip4)
        .serve("/proxy/golang.org/toolchain/@v/list", (V4 + "\n" + V5 + "\nv0.0.1-go1.23rc1.linux-amd64\nv0.0.1-go1.22.6.darwin-arm64\n").getBytes(StandardCharsets.UTF_8));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  byte[] toolchain(String version, String moduleVersion) {
    return ArchiveBuilder.goToolchain(version, "linux", "amd64")
        .file("go/src/go.mod", "module std\n")
        .file("go/pkg/tool/linux_amd64/compile", "#!/bin/sh\n")
        .toolchainModuleZip(moduleVersion);
  }

  String record(String version, byte[] zip) throws Exception {
    Path file = Files.write(Files.createTempFile(temp, "m", ".zip"), zip);
    String h1 = ModuleHash.ofModuleZip(file, ToolchainModule.PATH + "@" + version + "/");
    return "golang.org/toolchain " + version + " " + h1 + "\ngolang.org/toolchain " + version + "/go.mod h1:8wlg68NqwW7eMnI1aABk/C2pDYXj8mrMY4TyRfiLeS0=\n";
  }

  TestHost host() {
    return new TestHost()
        .with("GOREADY_HOME", home.toString())
        .with("GOPROXY", server.url("/proxy").toString())
        .with("GOSUMDB", log.signer().verifierKey() + " " + server.url("/db"))
        .with("GOREADY_READ_TIMEOUT", "1")
        .with("GOREADY_RETRIES", "0");
  }

  Run install(TestHost host, String... args) {
    return Run.of(host, Stream.concat(Stream.of("install", "--source", "proxy", "--os", "linux", "--arch", "amd64"), Stream.of(args)).toArray(String[]::new));
  }

  @Test
  void installsAVerifiedToolchainModule() throws Exception {
    Run run = install(host(), "1.22.5");
    assertThat(run.exit()).as(run.toString()).isZero();
    Path goroot = home.resolve("toolchains/go1.22.5");
    assertThat(Files.isExecutable(goroot.resolve("bin/go"))).as("exec bit restored").isTrue();
    assertThat(Files.isExecutable(goroot.resolve("pkg/tool/linux_amd64/compile"))).isTrue();
    assertThat(goroot.resolve("src/go.mod")).hasContent("module std");
    assertThat(goroot.resolve("src/_go.mod")).doesNotExist();
    assertThat(home.resolve("current").toRealPath()).isEqualTo(goroot.toRealPath());
    String audit = Files.readString(home.resolve("audit.jsonl"));
    assertThat(audit).contains("\"method\":\"sumdb\"", "\"treeSize\":" + log.size(), "\"rootHash\":\"" + log.head(log.size()).rootBase64() + "\"", "\"recordId\":2");
    assertThat(home.resolve("sumdb/sum.test/latest")).hasContent(log.signedTree(log.size()).strip());
  }

  @Test
  void latestComesFromTheProxysListForThisPlatform() {
    Run run = install(host());
    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(run.out()).contains("installed go1.22.5 (h1:");
  }

  @Test
  void aZipWithOneByteChangedInstallsNothing() throws Exception {
    install(host(), "1.22.4");
    // One byte changed in one file (the zip itself is well-formed): the h1: hash differs.
    byte[] tampered = ArchiveBuilder.goToolchain("go1.22.5", "linux", "amd64")
        .file("go/src/go.mod", "module Std\n")
        .file("go/pkg/tool/linux_amd64/compile", "#!/bin/sh\n")
        .toolchainModuleZip(V5);
    server.serve(ZIP5, tampered);
    Run run = install(host(), "1.22.5");
    assertThat(run.exit()).as(run.toString()).isEqualTo(4);
    assertThat(run.err()).contains("records h1:", "the files hash to h1:");
    assertThat(home.resolve("toolchains/go1.22.5")).doesNotExist();
    assertThat(home.resolve("current").toRealPath()).isEqualTo(home.resolve("toolchains/go1.22.4").toRealPath());
    assertThat(home.resolve("downloads/" + V5 + ".zip")).as("the bad zip is not kept").doesNotExist();
    try (var left = Files.list(home.resolve("toolchains"))) {
      assertThat(left.map(p -> p.getFileName().toString())).as("what was unpacked while hashing is gone").containsExactly("go1.22.4");
    }
    // One byte flipped inside the first entry's compressed data (after its 30-byte header and name).
    byte[] flipped = zip5.clone();
    flipped[30 + (ToolchainModule.PATH + "@" + V5 + "/VERSION").length() + 3] ^= 0x55;
    server.serve(ZIP5, flipped);
    Run corrupt = install(host(), "1.22.5");
    assertThat(corrupt.exit()).as(corrupt.toString()).isEqualTo(4);
    assertThat(home.resolve("toolchains/go1.22.5")).doesNotExist();
  }

  @Test
  void aProxyWithout404Or410FallsThroughToTheNext() {
    server.fail("/first/golang.org/toolchain/@v/" + V5 + ".zip", new Fault.Status(410));
    Run run = install(host().with("GOPROXY", server.url("/first") + "," + server.url("/proxy")), "1.22.5");
    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(server.requestsTo("/first/golang.org/toolchain/@v/" + V5 + ".zip")).isEqualTo(1);
    // A 500 stops a comma list...
    server.fail("/first/golang.org/toolchain/@v/" + V4 + ".zip", new Fault.Status(500));
    assertThat(install(host().with("GOPROXY", server.url("/first") + "," + server.url("/proxy")), "1.22.4").exit()).isEqualTo(3);
    // ...but not a pipe list.
    server.fail("/first/golang.org/toolchain/@v/" + V4 + ".zip", new Fault.Status(500));
    Run piped = install(host().with("GOPROXY", server.url("/first") + "|" + server.url("/proxy")), "1.22.4");
    assertThat(piped.exit()).as(piped.toString()).isZero();
  }

  @Test
  void aProxyThatWantsCredentialsGetsThemFromNetrcOrItsUrlAndNoOneSeesThem() throws Exception {
    server.requireBasicAuth("/proxy/", "ci", "s3cret-token");
    Run refused = install(host(), "1.22.5");
    assertThat(refused.exit()).as(refused.toString()).isEqualTo(3);
    assertThat(refused.err()).contains("HTTP 401", "~/.netrc");

    Path netrc = Files.writeString(temp.resolve("netrc"), "machine 127.0.0.1 login ci password s3cret-token\n");
    Run withNetrc = install(host().with("NETRC", netrc.toString()), "1.22.5");
    assertThat(withNetrc.exit()).as(withNetrc.toString()).isZero();

    String url = server.url("/proxy").toString().replace("http://", "http://ci:s3cret-token@");
    Run withUrl = install(host().with("GOPROXY", url), "1.22.4");
    assertThat(withUrl.exit()).as(withUrl.toString()).isZero();
    assertThat(withUrl.out() + withUrl.err() + Files.readString(home.resolve("audit.jsonl"))).doesNotContain("s3cret");
  }

  @Test
  void aProxyCanBeAFolder() throws Exception {
    Path folder = temp.resolve("goproxy");
    Files.createDirectories(folder.resolve("golang.org/toolchain/@v"));
    Files.write(folder.resolve("golang.org/toolchain/@v/" + V5 + ".zip"), zip5);
    Run run = install(host().with("GOPROXY", folder.toUri().toString()), "1.22.5");
    assertThat(run.exit()).as(run.toString()).isZero();
    Run missing = install(host().with("GOPROXY", folder.toUri().toString()), "1.22.4");
    assertThat(missing.exit()).as(missing.toString()).isEqualTo(3);
    assertThat(missing.err()).contains(V4 + ".zip does not exist");
  }

  /** The setting that led there is named: a proxy that has no such toolchain, or cannot be reached, came from GOPROXY. */
  @Test
  void aMissingOrUnreachableProxyNamesGoproxy() {
    Run missing = install(host().with("GOPROXY", server.url("/empty").toString()), "1.22.5");
    assertThat(missing.exit()).as(missing.toString()).isEqualTo(3);
    assertThat(missing.err()).contains("HTTP 404", "GOPROXY");
    Run unreachable = install(host().with("GOPROXY", "http://127.0.0.1:1").with("GOREADY_RETRIES", "0"), "1.22.5");
    assertThat(unreachable.exit()).as(unreachable.toString()).isEqualTo(3);
    assertThat(unreachable.err()).contains("connection refused", "GOPROXY");
  }

  @Test
  void offSwitchesAreRefusedAsCmdGoRefusesThem() {
    Run proxyOff = install(host().with("GOPROXY", "off"), "1.22.5");
    assertThat(proxyOff.exit()).isEqualTo(2);
    assertThat(proxyOff.err()).contains("module lookup disabled by GOPROXY=off");
    Run sumdbOff = install(host().with("GOSUMDB", "off"), "1.22.5");
    assertThat(sumdbOff.exit()).isEqualTo(2);
    assertThat(sumdbOff.err()).contains("checksum database disabled by GOSUMDB=off");
    assertThat(home.resolve("toolchains/go1.22.5")).doesNotExist();
  }

  @Test
  void hostileDatabaseAnswersInstallNothing() throws Exception {
    String lookup = "/db/lookup/golang.org/toolchain@" + V5;
    // A record for another module.
    server.serve(lookup, log.lookupBody(3, log.size()));
    assertThat(install(host(), "1.22.5").exit()).isEqualTo(4);
    // A bad signature.
    String body = new String(log.lookupBody(2, log.size()), StandardCharsets.UTF_8);
    int sig = body.lastIndexOf(' ') + 10;
    server.serve(lookup, (body.substring(0, sig) + (body.charAt(sig) == 'A' ? 'B' : 'A') + body.substring(sig + 1)).getBytes(StandardCharsets.UTF_8));
    Run badSignature = install(host(), "1.22.5");
    assertThat(badSignature.exit()).isEqualTo(4);
    assertThat(badSignature.err()).contains("invalid signature for key sum.test+");
    // An unknown key.
    server.serve(lookup, (body.substring(0, body.indexOf("\n\n") + 2) + NoteSigner.generate("sum.test").sign(log.head(log.size()).format())).getBytes(StandardCharsets.UTF_8));
    assertThat(install(host(), "1.22.5").err()).contains("note has no verifiable signatures");
    // A truncated tile.
    server.serve(lookup, log.lookupBody(2, log.size()));
    byte[] tile = log.tile(0, 0, log.size());
    server.serve("/db" + log.tilePath(0, 0, log.size()), java.util.Arrays.copyOf(tile, tile.length - 7));
    Run truncated = install(host(), "1.22.5");
    assertThat(truncated.exit()).isEqualTo(4);
    assertThat(truncated.err()).contains("truncated");
    assertThat(home.resolve("toolchains/go1.22.5")).doesNotExist();
  }

  @Test
  void aTileWithAWrongHashInstallsNothing() throws Exception {
    byte[] tile = log.tile(0, 0, log.size());
    tile[3 * 32 + 5] ^= 1; // the leaf hash of record 3: not the one looked up, but in the tile that proves it
    server.serve("/db" + log.tilePath(0, 0, log.size()), tile);
    Run run = install(host(), "1.22.5");
    assertThat(run.exit()).as(run.toString()).isEqualTo(4);
    assertThat(run.err()).contains("downloaded inconsistent tile");
    assertThat(home.resolve("toolchains/go1.22.5")).doesNotExist();
  }

  @Test
  void signatureLinesAreReadAsCmdGoReadsThem() throws Exception {
    String lookup = "/db/lookup/golang.org/toolchain@" + V5;
    String body = new String(log.lookupBody(2, log.size()), StandardCharsets.UTF_8);
    String ours = body.substring(body.lastIndexOf("— "));
    String witness = NoteSigner.generate("witness.example").signatureLine(log.head(log.size()).format());
    // A witness's cosignature before ours, and our line twice: both as sum.golang.org may send them.
    server.serve(lookup, (body.substring(0, body.lastIndexOf("— ")) + witness + ours + ours).getBytes(StandardCharsets.UTF_8));
    Run run = install(host(), "1.22.5");
    assertThat(run.exit()).as(run.toString()).isZero();
  }

  @Test
  void aTreeThatShrinksMustStillBeAPrefix() throws Exception {
    assertThat(install(host(), "1.22.5").exit()).isZero(); // sees tree 4
    // A lagging mirror: tree 3 is a prefix of tree 4, so it is accepted, and latest stays at 4.
    log.publish(server, "/db", 3);
    assertThat(install(host(), "1.22.4").exit()).isZero();
    assertThat(home.resolve("sumdb/sum.test/latest")).hasContent(log.signedTree(4).strip());
    // A smaller tree that is not a prefix: the log forked.
    TestSumdb other = new TestSumdb(log.signer(), 8);
    other.add("golang.org/toolchain@v0.0.1-go1.21.0.linux-amd64", "golang.org/toolchain v0.0.1-go1.21.0.linux-amd64 h1:rewritten=\n");
    other.add("golang.org/toolchain@" + V4, record(V4, toolchain("go1.22.4", V4)));
    other.add("golang.org/toolchain@" + V5, record(V5, zip5));
    other.publish(server, "/db", 3);
    Run run = Run.of(host(), "uninstall", "--force", "1.22.5");
    assertThat(run.exit()).as(run.toString()).isZero();
    Run shrunk = install(host(), "1.22.5");
    assertThat(shrunk.exit()).as(shrunk.toString()).isEqualTo(4);
    assertThat(shrunk.err()).contains("SECURITY ERROR");
  }

  @Test
  void aForkedLogIsALoudFailureWithBothHeads() throws Exception {
    assertThat(install(host(), "1.22.4").exit()).isZero();
    TestSumdb fork = new TestSumdb(log.signer(), 8);
    fork.add("golang.org/toolchain@v0.0.1-go1.21.0.linux-amd64", "golang.org/toolchain v0.0.1-go1.21.0.linux-amd64 h1:other=\n");
    fork.add("golang.org/toolchain@" + V4, record(V4, toolchain("go1.22.4", V4)));
    fork.add("golang.org/toolchain@" + V5, record(V5, zip5));
    fork.add("x@v1", "x v1 h1:x=\n");
    fork.add("y@v1", "y v1 h1:y=\n");
    fork.publish(server, "/db", fork.size());
    Run run = install(host(), "1.22.5");
    assertThat(run.exit()).as(run.toString()).isEqualTo(4);
    assertThat(run.err()).contains("SECURITY ERROR", "forked", log.head(4).rootBase64(), fork.head(5).rootBase64(), log.signedTree(4), fork.signedTree(5));
    assertThat(Files.readString(home.resolve("audit.jsonl"))).contains("\"seenTree\"", "\"currentTree\"");
    assertThat(home.resolve("toolchains/go1.22.5")).doesNotExist();
  }

  @Test
  void aPolicyNeedingChecksAProxyCannotGiveFailsClosed() throws Exception {
    Run run = install(host().with("GOREADY_REQUIRE", "sumdb,pgp"), "1.22.5");
    assertThat(run.exit()).isEqualTo(4);
    assertThat(run.err()).contains("required check pgp unavailable");
    assertThat(home.resolve("toolchains/go1.22.5")).doesNotExist();
    Files.writeString(home.resolve("config.json"), "{\"require\": [\"sumdb\"], \"source\": \"proxy\"}");
    Run configured = Run.of(host(), "install", "--os", "linux", "--arch", "amd64", "1.22.5");
    assertThat(configured.exit()).as(configured.toString()).isZero();
  }
}
