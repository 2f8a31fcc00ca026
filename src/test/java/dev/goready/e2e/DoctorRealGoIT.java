package dev.goready.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goready.testing.GoreadyProcess;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** doctor's go checks through the real jar against Debian's real Go, in the environments users really have. */
class DoctorRealGoIT {
  @TempDir Path home;

  JsonNode goEnvCheck(Map<String, String> extra) throws Exception {
    return check("go.env", extra);
  }

  JsonNode check(String id, Map<String, String> extra) throws Exception {
    Map<String, String> env = new HashMap<>(Map.of("PATH", SoakIT.GO_BIN + ":/usr/bin:/bin", "HOME", home.toString(),
        "GOCACHE", home.resolve("cache").toString(), "GOREADY_HOME", home.resolve("goready").toString()));
    env.putAll(extra);
    GoreadyProcess.Result result = GoreadyProcess.finish(GoreadyProcess.startJar(env, "doctor", "--only", id, "--format", "json"), 120);
    JsonNode checks = new ObjectMapper().readTree(result.out()).get("checks");
    return StreamSupport.stream(checks.spliterator(), false).filter(c -> c.get("id").asText().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void aGorootThatDoesNotExistIsShownInGosOwnWordsWithItsFix() throws Exception {
    java.nio.file.Files.writeString(home.resolve(".bashrc"), "alias ll='ls -l'\nexport GOROOT=/usr/local/go-removed\n");
    JsonNode stale = goEnvCheck(Map.of("GOROOT", "/usr/local/go-removed"));
    assertThat(stale.get("status").asText()).isEqualTo("fail");
    assertThat(stale.get("details").toString()).as("the line goready env reports, named the same way")
        .contains(home.resolve(".bashrc") + ":2 sets GOROOT itself (export GOROOT=/usr/local/go-removed)");
    assertThat(stale.get("fix").get("commands").get(0).asText()).isEqualTo("goready env --fix-conflicts");
    assertThat(stale.get("summary").asText()).isEqualTo("go: cannot find GOROOT directory: /usr/local/go-removed");
    assertThat(stale.toString()).contains("GOROOT=/usr/local/go-removed", "unset GOROOT");

    JsonNode fine = goEnvCheck(Map.of());
    assertThat(fine.get("status").asText()).as(fine.toString()).isIn("ok", "warn");
    assertThat(fine.get("summary").asText()).doesNotContain("GOROOT");
  }

  @Test
  void aWholeTreeAgreesAndAGorootOfAnotherReleaseIsCaught() throws Exception {
    JsonNode whole = check("go.tree", Map.of());
    assertThat(whole.get("status").asText()).as(whole.toString()).isEqualTo("ok");
    assertThat(whole.get("summary").asText()).matches("go1\\.19\\.\\d+: the go command, VERSION and compile agree");

    Path other = Path.of("/usr/lib/go-1.22");
    org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(other), "Debian's golang-1.22-go (bookworm-backports)");
    JsonNode mixed = check("go.tree", Map.of("GOROOT", other.toString()));
    assertThat(mixed.get("status").asText()).as(mixed.toString()).isEqualTo("fail");
    assertThat(mixed.get("summary").asText()).matches("VERSION in /usr/lib/go-1\\.22 is go1\\.22\\.\\d+ but the go command is go1\\.19\\.\\d+: .*");
    assertThat(mixed.toString()).contains("unset GOROOT");
  }
}
