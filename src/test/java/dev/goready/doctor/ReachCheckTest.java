package dev.goready.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goready.testing.FaultyServer;
import dev.goready.testing.Run;
import dev.goready.testing.TestCertificates;
import dev.goready.testing.TestHost;
import dev.goready.testing.TestProxy;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** net.reach against real servers on 127.0.0.1: `goready doctor --only net.reach` end to end, through the composition root. */
class ReachCheckTest {
  static final String MODULE = "/golang.org/x/mod/@latest";
  static final String SUMDB_KEY = "sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8";

  @TempDir Path temp;
  final List<AutoCloseable> servers = new ArrayList<>();

  @AfterEach
  void stop() throws Exception {
    for (AutoCloseable server : servers) {
      server.close();
    }
  }

  FaultyServer server() throws Exception {
    FaultyServer server = new FaultyServer().serve(MODULE, "{\"Version\":\"v0.22.0\"}".getBytes(StandardCharsets.UTF_8))
        .serve("/latest", "go.sum database tree\n31000000\nhash\n".getBytes(StandardCharsets.UTF_8));
    servers.add(server);
    return server;
  }

  TestHost host(String goproxy, String gosumdb) {
    return new TestHost()
        .with("PATH", temp.toString())
        .with("GOREADY_HOME", temp.resolve("home").toString())
        .with("GOPROXY", goproxy)
        .with("GOSUMDB", gosumdb);
  }

  static String sumdbAt(String url) {
    return SUMDB_KEY + " " + url;
  }

  static JsonNode reach(Run run) throws Exception {
    for (JsonNode check : new ObjectMapper().readTree(run.out()).get("checks")) {
      if (check.get("id").asText().equals("net.reach")) {
        return check;
      }
    }
    throw new AssertionError("no net.reach in " + run);
  }

  static JsonNode doctor(TestHost host, String... more) throws Exception {
    List<String> args = new ArrayList<>(List.of("doctor", "--only", "net.reach", "--format", "json"));
    args.addAll(List.of(more));
    return reach(Run.of(host, args.toArray(String[]::new)));
  }

  static int refusedPort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  @Test
  void theProxyAndTheChecksumDatabaseAnswerWithTheirTimes() throws Exception {
    FaultyServer server = server();
    String base = "http://127.0.0.1:" + server.port();
    JsonNode check = doctor(host(base + ",direct", sumdbAt(base)));
    assertThat(check.get("status").asText()).as(check.toString()).isEqualTo("ok");
    assertThat(check.get("summary").asText()).matches("127\\.0\\.0\\.1 HTTP 200 in \\d+ ms; 127\\.0\\.0\\.1 HTTP 200 in \\d+ ms");
    assertThat(check.get("details").toString()).contains("GOPROXY " + base + ": GET " + MODULE + " → HTTP 200", "(proxy: none)", "GOSUMDB " + base + ": GET /latest → HTTP 200");
    assertThat(server.requestsTo(MODULE)).isEqualTo(1);
    assertThat(server.requestsTo("/latest")).isEqualTo(1);
  }

  @Test
  void aServiceUnavailableProxyFailsNamingItsStatus() throws Exception {
    FaultyServer server = server().fail(MODULE, new FaultyServer.Fault.Status(503));
    String base = "http://127.0.0.1:" + server.port();
    JsonNode check = doctor(host(base, "off"));
    assertThat(check.get("status").asText()).isEqualTo("fail");
    assertThat(check.get("summary").asText()).matches("127\\.0\\.0\\.1 HTTP 503 in \\d+ ms");
    assertThat(check.get("fix").get("text").asText()).contains("is failing", "GOPROXY");
    assertThat(check.get("details").toString()).contains("GOSUMDB=off: no checksum database to ask");
  }

  @Test
  void aRefusedPortFailsWithTheFirewallAndProxyFix() throws Exception {
    String base = "http://127.0.0.1:" + refusedPort();
    JsonNode check = doctor(host(base, "off"));
    assertThat(check.get("status").asText()).isEqualTo("fail");
    assertThat(check.get("summary").asText()).isEqualTo("127.0.0.1: connection refused or unreachable");
    assertThat(check.get("fix").get("text").asText()).contains("HTTPS_PROXY");
  }

  @Test
  void anUntrustedCertificateNamesTheCompanyCaAndIsTrustedThroughGoreadyCaFile() throws Exception {
    TestCertificates company = TestCertificates.create(temp, "localhost", "dns:localhost,ip:127.0.0.1");
    FaultyServer tls = new FaultyServer(company.serverContext()).serve(MODULE, new byte[] {'{', '}'});
    servers.add(tls);
    String base = "https://127.0.0.1:" + tls.port();
    JsonNode untrusted = doctor(host(base, "off"));
    assertThat(untrusted.get("status").asText()).isEqualTo("fail");
    assertThat(untrusted.get("summary").asText()).isEqualTo("127.0.0.1: its TLS certificate is not trusted");
    assertThat(untrusted.get("fix").get("text").asText()).contains("GOREADY_CA_FILE", "SSL_CERT_FILE", "system store");
    assertThat(untrusted.get("fix").get("commands").toString()).contains("update-ca-certificates");

    JsonNode trusted = doctor(host(base, "off").with("GOREADY_CA_FILE", company.caBundle().toString()));
    assertThat(trusted.get("status").asText()).as(trusted.toString()).isEqualTo("ok");
    assertThat(doctor(host(base, "off").with("SSL_CERT_FILE", company.caBundle().toString())).get("status").asText()).isEqualTo("ok");
  }

  @Test
  void aProxyThatWantsCredentialsIs407AndTheRightOnesGetThrough() throws Exception {
    TestCertificates company = TestCertificates.create(temp, "mirror.test");
    FaultyServer mirror = new FaultyServer(company.serverContext()).serve(MODULE, new byte[] {'{', '}'});
    servers.add(mirror);
    TestProxy proxy = new TestProxy("ann", "s:cret", mirror.port());
    servers.add(proxy);
    String base = "https://mirror.test:" + mirror.port();
    String proxyUrl = "http://127.0.0.1:" + proxy.port();

    JsonNode none = doctor(host(base, "off").with("HTTPS_PROXY", proxyUrl).with("GOREADY_CA_FILE", company.caBundle().toString()));
    assertThat(none.get("status").asText()).as(none.toString()).isEqualTo("fail");
    assertThat(none.get("summary").asText()).isEqualTo("the proxy " + proxyUrl + " wants credentials (HTTP 407)");
    assertThat(none.get("fix").get("commands").toString()).contains("export HTTPS_PROXY=http://USER:PASSWORD@127.0.0.1:" + proxy.port());

    JsonNode wrong = doctor(host(base, "off").with("HTTPS_PROXY", "http://ann:wrong@127.0.0.1:" + proxy.port()).with("GOREADY_CA_FILE", company.caBundle().toString()));
    assertThat(wrong.get("summary").asText()).isEqualTo("the proxy " + proxyUrl + " refuses the credentials in HTTPS_PROXY (HTTP 407)");

    Run right = Run.of(host(base, "off").with("HTTPS_PROXY", "http://ann:s%3Acret@127.0.0.1:" + proxy.port()).with("GOREADY_CA_FILE", company.caBundle().toString()),
        "doctor", "--only", "net.reach", "--format", "json");
    JsonNode ok = reach(right);
    assertThat(ok.get("status").asText()).as(ok.toString()).isEqualTo("ok");
    assertThat(ok.get("summary").asText()).matches("mirror\\.test HTTP 200 in \\d+ ms through " + java.util.regex.Pattern.quote(proxyUrl));
    assertThat(proxy.requests()).contains("CONNECT mirror.test:" + mirror.port() + " auth=yes");
    assertThat(right.out() + right.err()).doesNotContain("s:cret", "s%3Acret", "wrong");
  }

  @Test
  void aChecksumDatabaseBlockedDirectlyIsFineWhenTheProxyServesItAndElseNeverAdvisesOff() throws Exception {
    FaultyServer proxy = server();
    String base = "http://127.0.0.1:" + proxy.port();
    String blocked = "http://127.0.0.1:" + refusedPort();
    JsonNode alone = doctor(host(base, sumdbAt(blocked)));
    assertThat(alone.get("status").asText()).isEqualTo("fail");
    assertThat(alone.get("summary").asText()).endsWith("; 127.0.0.1: connection refused or unreachable");
    assertThat(alone.get("fix").get("text").asText()).contains("GOPRIVATE", "GONOSUMDB", "not GOSUMDB=off");
    assertThat(alone.get("fix").get("commands").toString()).doesNotContain("GOSUMDB=off");

    proxy.serve("/sumdb/sum.golang.org/supported", new byte[0]);
    JsonNode served = doctor(host(base, sumdbAt(blocked)));
    assertThat(served.get("status").asText()).as(served.toString()).isEqualTo("ok");
    assertThat(served.get("summary").asText()).endsWith("; 127.0.0.1 through GOPROXY");
  }

  @Test
  void serverCredentialsPointAtNetrcAndARefusalAtTheFirewall() throws Exception {
    FaultyServer server = server().requireBasicAuth("/golang.org/", "ann", "tok");
    String base = "http://127.0.0.1:" + server.port();
    JsonNode unauthorized = doctor(host(base, "off"));
    assertThat(unauthorized.get("summary").asText()).isEqualTo("127.0.0.1 wants credentials (HTTP 401)");
    assertThat(unauthorized.get("fix").get("text").asText()).contains("machine 127.0.0.1 login USER password TOKEN", "~/.netrc");

    FaultyServer blocking = server().fail("/latest", new FaultyServer.Fault.Status(403));
    JsonNode forbidden = doctor(host("direct", sumdbAt("http://127.0.0.1:" + blocking.port())));
    assertThat(forbidden.get("status").asText()).isEqualTo("fail");
    assertThat(forbidden.get("summary").asText()).isEqualTo("127.0.0.1 refuses (HTTP 403)");
    assertThat(forbidden.get("details").toString()).contains("GOPROXY starts with direct");
    assertThat(forbidden.get("fix").get("text").asText()).contains("firewall", "GOPRIVATE");
  }

  @Test
  void aReplayedDnsFailureSaysSoAndOnlyTheRecordedHalfIsJudged(@TempDir Path machine) throws Exception {
    java.nio.file.Files.writeString(machine.resolve("host.json"), "{\"os\": \"linux\", \"home\": \"/home/ann\"}");
    java.nio.file.Files.writeString(machine.resolve("env.json"), "{\"GOPROXY\": \"https://goproxy.corp.example\", \"HOME\": \"/home/ann\"}");
    java.nio.file.Files.writeString(machine.resolve("network.json"), """
        {"http": {"https://goproxy.corp.example/golang.org/x/mod/@latest": {"failure": "dns", "message": "cannot resolve goproxy.corp.example (DNS)", "ms": 3, "proxy": "none"}}}
        """);
    JsonNode check = doctor(new TestHost(), "--from", machine.toString());
    assertThat(check.get("status").asText()).as(check.toString()).isEqualTo("fail");
    assertThat(check.get("summary").asText()).isEqualTo("goproxy.corp.example does not resolve; sum.golang.org not recorded");
    assertThat(check.get("fix").get("text").asText()).contains("net.dns");
  }

  @Test
  void offlineAndNothingToAskAreSkips() throws Exception {
    FaultyServer server = server();
    JsonNode offline = doctor(host("http://127.0.0.1:" + server.port(), "off"), "--offline");
    assertThat(offline.get("status").asText()).isEqualTo("skip");
    assertThat(offline.get("summary").asText()).isEqualTo("--offline");
    assertThat(server.requests()).isEmpty();

    JsonNode direct = doctor(host("direct", "off"));
    assertThat(direct.get("status").asText()).isEqualTo("skip");
    assertThat(direct.get("summary").asText()).isEqualTo("GOPROXY starts with direct: go fetches modules from their origins, no proxy to ask; GOSUMDB=off: no checksum database to ask");
  }

  @Test
  void aProxyUrlThatIsNoUrlIsAnAnswerNotACrash() throws Exception {
    JsonNode check = doctor(host("http://127.0.0.1:" + refusedPort(), "off").with("HTTPS_PROXY", "http://[broken"));
    assertThat(check.get("status").asText()).isEqualTo("fail");
    assertThat(check.get("summary").asText()).isEqualTo("goready cannot build its HTTP client");
    assertThat(check.get("fix").get("text").asText()).contains("HTTPS_PROXY");
  }

  @Test
  void collectRecordsTheAnswersAndTheReplayGivesTheSameVerdict() throws Exception {
    FaultyServer server = server().fail("/latest", new FaultyServer.Fault.Status(502));
    String base = "http://127.0.0.1:" + server.port();
    Path zip = temp.resolve("machine.zip");
    TestHost live = host("http://ann:hunter2@127.0.0.1:" + server.port() + ",direct", sumdbAt(base));
    JsonNode collected = doctor(live, "--collect", zip.toString());
    assertThat(collected.get("status").asText()).isEqualTo("fail");
    try (ZipFile snapshot = new ZipFile(zip.toFile())) {
      String network = new String(snapshot.getInputStream(snapshot.getEntry("network.json")).readAllBytes(), StandardCharsets.UTF_8);
      JsonNode http = new ObjectMapper().readTree(network).get("http");
      assertThat(http.get(base + MODULE).get("status").asInt()).isEqualTo(200);
      assertThat(http.get(base + "/latest").get("status").asInt()).isEqualTo(502);
      assertThat(network).doesNotContain("hunter2");
    }
    long asked = server.requests().size();
    JsonNode replayed = doctor(new TestHost(), "--from", zip.toString());
    assertThat(server.requests()).hasSize((int) asked);
    assertThat(replayed.get("status").asText()).isEqualTo(collected.get("status").asText());
    assertThat(replayed.get("summary").asText()).isEqualTo(collected.get("summary").asText());
  }
}
