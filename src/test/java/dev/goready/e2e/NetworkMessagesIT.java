package dev.goready.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.testing.FaultyServer;
import dev.goready.testing.FaultyServer.Fault;
import dev.goready.testing.GoreadyProcess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What goready says while the network fails, through the real jar. */
class NetworkMessagesIT {
  @TempDir Path temp;

  GoreadyProcess.Result goready(List<String> jvm, String... args) throws Exception {
    List<String> argv = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    argv.addAll(jvm);
    argv.addAll(List.of("-jar", GoreadyProcess.JAR.toString()));
    argv.addAll(List.of(args));
    Files.createDirectories(temp.resolve("home"));
    return GoreadyProcess.finish(GoreadyProcess.start(argv, Map.of("HOME", temp.resolve("home").toString(),
        "GOREADY_HOME", temp.resolve("goready").toString())), 60);
  }

  /** The JVM resolves names from a hosts file that knows only localhost: no DNS server is asked. */
  @Test
  void aNameThatDoesNotResolveIsSaidToBeDnsAndIsNotRetried() throws Exception {
    Path hosts = temp.resolve("hosts");
    Files.writeString(hosts, "127.0.0.1 localhost\n");
    GoreadyProcess.Result result = goready(List.of("-Djdk.net.hosts.file=" + hosts), "list", "--remote", "--index",
        "https://mirror.nowhere.example/golang/index.json", "--retries", "3");
    assertThat(result.exit()).as(result.toString()).isEqualTo(3);
    assertThat(result.err()).contains("cannot resolve mirror.nowhere.example (DNS)", "hint:", "DNS (/etc/resolv.conf")
        .doesNotContain("retrying", "attempts", "connection refused");

    GoreadyProcess.Result tls = goready(List.of("-Djdk.net.hosts.file=" + hosts), "verify", "tls", "mirror.nowhere.example:443");
    assertThat(tls.exit()).as(tls.toString()).isEqualTo(3);
    assertThat(tls.err()).as("verify tls handshakes through the same classification").contains("cannot resolve mirror.nowhere.example (DNS)")
        .doesNotContain("connection refused");
  }

  @Test
  void aRetryIsAnnouncedOnStderrAsItStarts() throws Exception {
    try (FaultyServer server = new FaultyServer()) {
      server.serve("/index.json", "[]".getBytes(StandardCharsets.UTF_8)).fail("/index.json", new Fault.Status(503));
      GoreadyProcess.Result result = goready(List.of(), "list", "--remote", "--index", server.url("/index.json").toString(), "--retries", "2");
      assertThat(result.exit()).as(result.toString()).isZero();
      assertThat(result.err()).contains("goready: release index " + server.url("/index.json") + ": HTTP 503; retrying in 0.5 s (attempt 2 of 3)");
      assertThat(server.requestsTo("/index.json")).isEqualTo(2);
    }
  }
}
