package dev.goready.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.host.HttpAnswer.Kind;
import dev.goready.testing.TestHost;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP door's answers: recorded by --collect into network.json, replayed by FixtureHost, absent in older snapshots. */
class HttpSnapshotTest {
  static final URI OK = URI.create("https://proxy.golang.org/golang.org/x/mod/@latest");
  static final URI UNTRUSTED = URI.create("https://sum.golang.org/latest");

  @TempDir Path temp;

  static HttpGet get(URI uri) {
    return new HttpGet(uri, Duration.ofSeconds(1));
  }

  @Test
  void recordedAnswersReplayAsTheyWereWithCredentialsRedacted() throws Exception {
    Map<URI, HttpAnswer> answers = Map.of(
        OK, HttpAnswer.status(200, 84, "none"),
        UNTRUSTED, HttpAnswer.failed(Kind.TLS_UNTRUSTED, "TLS failed (PKIX path building failed) for https://ann:hunter2@sum.golang.org", 12, "http://proxy.corp.example:3128"));
    RecordingHost recording = new RecordingHost(new NetworkedHost(new TestHost(), request -> answers.get(request.uri())));
    assertThat(recording.http(get(OK))).hasValue(answers.get(OK));
    assertThat(recording.http(get(UNTRUSTED))).hasValue(answers.get(UNTRUSTED));
    Path zip = temp.resolve("machine.zip");
    SnapshotWriter.write(recording, "amd64", zip);
    try (ZipFile written = new ZipFile(zip.toFile())) {
      assertThat(new String(written.getInputStream(written.getEntry("network.json")).readAllBytes(), StandardCharsets.UTF_8))
          .contains("\"tls-untrusted\"").doesNotContain("hunter2");
    }
    FixtureHost replay = SnapshotReader.open(zip, Files.createDirectory(temp.resolve("scratch")));
    assertThat(replay.http(get(OK))).hasValue(HttpAnswer.status(200, 84, "none"));
    assertThat(replay.http(get(UNTRUSTED))).hasValue(HttpAnswer.failed(Kind.TLS_UNTRUSTED,
        "TLS failed (PKIX path building failed) for https://***@sum.golang.org", 12, "http://proxy.corp.example:3128"));
    assertThat(replay.http(get(URI.create("https://elsewhere.example/")))).isEmpty();
  }

  @Test
  void aSnapshotFromBeforeTheDoorOrWithJunkAnswersCannotTell() throws Exception {
    Files.writeString(temp.resolve("network.json"), "{\"resolve\": {\"proxy.golang.org\": null}}");
    assertThat(new FixtureHost(temp).http(get(OK))).isEmpty();
    assertThat(new FixtureHost(temp).resolve("proxy.golang.org", Duration.ofSeconds(1))).isPresent();
    Files.writeString(temp.resolve("network.json"), """
        {"http": {"%s": "200", "%s": {"failure": "quantum-foam", "ms": -5}}}
        """.formatted(OK, UNTRUSTED));
    assertThat(new FixtureHost(temp).http(get(OK))).isEmpty();
    assertThat(new FixtureHost(temp).http(get(UNTRUSTED))).hasValue(HttpAnswer.failed(Kind.OTHER, "", 0, "none"));
    Files.writeString(temp.resolve("network.json"), "{\"http\": [1, 2]}");
    assertThat(new FixtureHost(temp).http(get(OK))).isEmpty();
  }

  @Test
  void aHostWithoutADoorCannotTell() {
    assertThat(new TestHost().http(get(OK))).isEmpty();
  }
}
