package dev.goready.verify.sumdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goready.GoreadyException;
import dev.goready.fetch.FetchOptions;
import dev.goready.fetch.Fetcher;
import dev.goready.fetch.ProxySettings;
import dev.goready.modproxy.GoProxyList;
import dev.goready.testing.FaultyServer.Fault;
import dev.goready.testing.FaultyServer;
import dev.goready.testing.NoteSigner;
import dev.goready.testing.TestHost;
import dev.goready.testing.TestSumdb;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client against a checksum database served from 127.0.0.1, built from golang.org/x/mod's own
 * test key and records (sumdb/client_test.go), whose signed heads and lookups must come out
 * byte-for-byte as published.
 */
class ChecksumDatabaseTest {
  static final String NAME = "localhost.localdev/sumdb";
  static final String VKEY = "localhost.localdev/sumdb+00000c67+AcTrnkbUA+TU4heY3hkjiSES/DSQniBqIeQ/YppAUtK6";
  static final String SKEY = "PRIVATE+KEY+localhost.localdev/sumdb+00000c67+AXu6+oaVaOYuQOFrf1V59JK1owcFlJcHwwXHDfDGxSPk";

  @TempDir Path temp;
  FaultyServer server;
  Fetcher fetcher;
  TestSumdb log;

  @BeforeEach
  void start() throws Exception {
    server = new FaultyServer();
    fetcher = new Fetcher(new FetchOptions(0, Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofMillis(10)), ProxySettings.from(new TestHost()), Optional.empty());
    log = new TestSumdb(NoteSigner.parse(SKEY, VKEY), 2);
    log.add("rsc.io/quote@v1.5.2", "rsc.io/quote v1.5.2 h1:w5fcysjrx7yqtD/aO+QwRjYZOKnaM9Uh2b40tElTs3Y=\n"
        + "rsc.io/quote v1.5.2/go.mod h1:LzX7hefJvL54yjefDEDHNONDjII0t9xZLPXsUe+TKr0=\nrsc.io/quote v1.5.2 h2:xyzzy\n");
    log.add("golang.org/x/text@v0.0.0-20170915032832-14c0d48ead0c",
        "golang.org/x/text v0.0.0-20170915032832-14c0d48ead0c h1:qgOY6WgZOaTkIIMiVjBQcw93ERBE4m30iBm00nkL0i8=\n"
            + "golang.org/x/text v0.0.0-20170915032832-14c0d48ead0c/go.mod h1:NqM8EUOU14njkJ3fqMW+pc6Ldnwhi/IjpwHt7yyuwOQ=\n");
    log.add("rsc.io/sampler@v1.3.0", "rsc.io/sampler v1.3.0 h1:7uVkIFmeBqHfdjD+gZwtXXI+RODJ2Wc4O7MPEh/QiW4=\n"
        + "rsc.io/sampler v1.3.0/go.mod h1:T1hPZKmBbMNahiBKFy5HrXp6adAjACjK9JXDnKaTXpA=\n");
    log.add("rsc.io/!quote@v1.5.2", "rsc.io/Quote v1.5.2 h1:uppercase!=\n");
  }

  @AfterEach
  void stop() {
    fetcher.close();
    server.close();
  }

  ChecksumDatabase client(String goproxy) {
    SumdbConfig config = SumdbConfig.parse(VKEY + " " + server.url("/db"), "GOSUMDB");
    return new ChecksumDatabase(config, GoProxyList.parse(goproxy, "GOPROXY"), fetcher::fetchBytes, temp.resolve("sumdb"), 2);
  }

  Path latest() {
    return temp.resolve("sumdb").resolve("localhost.localdev_sumdb").resolve("latest");
  }

  @Test
  void signedHeadsAndLookupsAreByteForByteGos() throws Exception {
    assertThat(log.signedTree(1)).isEqualTo("go.sum database tree\n1\nWjvL/HG+LcMcRc63kFcpeP289Y+SW6L8uHapnVU30FU=\n\n"
        + "— localhost.localdev/sumdb AAAMZ4/2LYVLoVNSpKpkRrjBaatdyCja0E0AZztDH9ACQIp6CM+mU/o90ZbjmGxrTHrRlt134xZRCd5Wy1AhZOZvtAM=\n");
    assertThat(new String(log.lookupBody(2, 3), StandardCharsets.UTF_8)).isEqualTo(
        "2\nrsc.io/sampler v1.3.0 h1:7uVkIFmeBqHfdjD+gZwtXXI+RODJ2Wc4O7MPEh/QiW4=\nrsc.io/sampler v1.3.0/go.mod h1:T1hPZKmBbMNahiBKFy5HrXp6adAjACjK9JXDnKaTXpA=\n\n"
            + "go.sum database tree\n3\nBqP+0lgg2eJ2ftkPcKT+ltQjkVMh3THoMw60om6MwKo=\n\n"
            + "— localhost.localdev/sumdb AAAMZ7LFXswF2N3CLFvkbLG1n2Hx5SHNE+44EVr3kW/2wMlprpbogoxXRsDsaIMQ4kEmV+g6ObO1hQwtuEupEvEHTwo=\n");
  }

  @Test
  void lookupsAreVerifiedAndTheNewestTreeIsRemembered() throws Exception {
    log.publish(server, "/db", 4);
    ChecksumDatabase db = client("off");
    ChecksumDatabase.Lookup sampler = db.lookup("rsc.io/sampler", "v1.3.0").orElseThrow();
    assertThat(sampler.lines()).containsExactly("rsc.io/sampler v1.3.0 h1:7uVkIFmeBqHfdjD+gZwtXXI+RODJ2Wc4O7MPEh/QiW4=");
    assertThat(sampler.zipHash("rsc.io/sampler", "v1.3.0")).contains("h1:7uVkIFmeBqHfdjD+gZwtXXI+RODJ2Wc4O7MPEh/QiW4=");
    assertThat(db.lookup("rsc.io/Quote", "v1.5.2").orElseThrow().lines()).containsExactly("rsc.io/Quote v1.5.2 h1:uppercase!=");
    assertThat(db.lookup("rsc.io/quote", "v9.9.9")).isEmpty();
    assertThat(Files.readString(latest())).isEqualTo(log.signedTree(4));
  }

  @Test
  void aTreeThatForksFromTheOneSeenBeforeIsASecurityError() throws Exception {
    log.publish(server, "/db", 3);
    client("off").lookup("rsc.io/sampler", "v1.3.0").orElseThrow();
    // Another log that agrees on the first two records only, signed by the same key.
    TestSumdb fork = new TestSumdb(log.signer(), 2);
    fork.add("rsc.io/quote@v1.5.2", "rsc.io/quote v1.5.2 h1:w5fcysjrx7yqtD/aO+QwRjYZOKnaM9Uh2b40tElTs3Y=\n"
        + "rsc.io/quote v1.5.2/go.mod h1:LzX7hefJvL54yjefDEDHNONDjII0t9xZLPXsUe+TKr0=\nrsc.io/quote v1.5.2 h2:xyzzy\n");
    fork.add("golang.org/x/text@v0", "golang.org/x/text v0 h1:forged=\n");
    fork.add("rsc.io/sampler@v1.3.0", "rsc.io/sampler v1.3.0 h1:evil=\n");
    fork.add("rsc.io/pkg@v1", "rsc.io/pkg v1 h1:x=\n");
    fork.publish(server, "/db", 4);
    String forkRoot = fork.head(4).rootBase64();
    String seenNote = log.signedTree(3);
    String forkNote = fork.signedTree(4);
    assertThatThrownBy(() -> client("off").lookup("rsc.io/sampler", "v1.3.0"))
        .isInstanceOfSatisfying(GoreadyException.class, e -> {
          assertThat(e.exitCode().code()).isEqualTo(4);
          assertThat(e.getMessage()).startsWith("SECURITY ERROR").contains("size 3", "size 4", forkRoot);
          assertThat(e.hint().orElseThrow()).contains(seenNote, forkNote);
        });
    assertThat(Files.readString(latest())).as("the proof is kept").isEqualTo(log.signedTree(3));
  }

  @Test
  void anOlderTreeMustBeAPrefixOfTheNewestSeen() throws Exception {
    log.publish(server, "/db", 4);
    client("off").lookup("rsc.io/Quote", "v1.5.2").orElseThrow();
    log.publish(server, "/db", 3); // a lagging mirror: older, but consistent
    assertThat(client("off").lookup("rsc.io/sampler", "v1.3.0")).isPresent();
    assertThat(Files.readString(latest())).isEqualTo(log.signedTree(4));
  }

  @Test
  void hostileAnswersAreRefused() throws Exception {
    log.publish(server, "/db", 4);
    // A record for another module under this name.
    server.serve("/db/lookup/rsc.io/sampler@v1.3.0", log.lookupBody(0, 4));
    assertThat(client("off").lookup("rsc.io/sampler", "v1.3.0").orElseThrow().zipHash("rsc.io/sampler", "v1.3.0")).isEmpty();
    // A tile with a wrong hash.
    byte[] tile = log.tile(0, 0, 4);
    tile[40] ^= 1;
    server.serve("/db" + log.tilePath(0, 0, 4), tile);
    assertThatThrownBy(() -> client("off").lookup("rsc.io/quote", "v1.5.2")).hasMessageContaining("downloaded inconsistent tile");
    // A note signed by an unknown key.
    NoteSigner stranger = NoteSigner.generate(NAME);
    server.serve("/db/lookup/rsc.io/quote@v1.5.2", ("0\n" + "x\n\n" + stranger.sign(log.head(4).format())).getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> client("off").lookup("rsc.io/quote", "v1.5.2")).hasMessageContaining("note has no verifiable signatures");
  }

  @Test
  void proxiesThatRelayTheDatabaseAreUsedInOrder() throws Exception {
    log.publish(server, "/p2/sumdb/" + NAME, 4);
    server.serve("/p2/sumdb/" + NAME + "/supported", new byte[0]);
    String proxies = server.url("/p1") + "," + server.url("/p2") + ",direct";
    assertThat(client(proxies).lookup("rsc.io/sampler", "v1.3.0").orElseThrow().via()).isEqualTo(server.url("/p2/sumdb/" + NAME).toString());
    assertThat(server.requestsTo("/p1/sumdb/" + NAME + "/supported")).isEqualTo(1);
    // A proxy that fails with 500 stops a ','-list but not a '|'-list.
    server.fail("/p1/sumdb/" + NAME + "/supported", new Fault.Status(500));
    assertThatThrownBy(() -> client(proxies).lookup("rsc.io/sampler", "v1.3.0")).hasMessageContaining("HTTP 500");
    server.fail("/p1/sumdb/" + NAME + "/supported", new Fault.Status(500));
    assertThat(client(server.url("/p1") + "|" + server.url("/p2")).lookup("rsc.io/sampler", "v1.3.0")).isPresent();
  }

  @Test
  void gosumdbFormsAsCmdGoReadsThem() {
    assertThat(SumdbConfig.parse("sum.golang.org", "GOSUMDB").url()).isEqualTo("https://sum.golang.org");
    assertThat(SumdbConfig.parse("sum.golang.google.cn", "GOSUMDB").url()).isEqualTo("https://sum.golang.google.cn");
    assertThat(SumdbConfig.parse(VKEY, "GOSUMDB").url()).isEqualTo("https://" + NAME);
    assertThatThrownBy(() -> SumdbConfig.parse("off", "GOSUMDB")).hasMessageContaining("checksum database disabled by GOSUMDB=off")
        .isInstanceOfSatisfying(GoreadyException.class, e -> assertThat(e.exitCode().code()).isEqualTo(2));
    assertThatThrownBy(() -> SumdbConfig.parse("sum.example.com", "GOSUMDB")).hasMessageContaining("unknown checksum database");
  }

  @Test
  void goproxyListsParseAsCmdGoReadsThem() {
    GoProxyList list = GoProxyList.parse("corp.example.com/go|https://proxy.golang.org/,direct,https://never", "GOPROXY");
    assertThat(list.entries()).containsExactly(
        new GoProxyList.Entry("https://corp.example.com/go", true),
        new GoProxyList.Entry("https://proxy.golang.org", false),
        new GoProxyList.Entry("direct", false));
    assertThatThrownBy(() -> GoProxyList.parse(" , ", "GOPROXY")).hasMessageContaining("contains no proxies");
    assertThatThrownBy(() -> GoProxyList.parse("off", "GOPROXY").tryEach("list", e -> "x")).hasMessageContaining("module lookup disabled by GOPROXY=off");
  }
}
