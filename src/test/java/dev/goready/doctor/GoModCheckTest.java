package dev.goready.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goready.config.Settings;
import dev.goready.doctor.checks.Checks;
import dev.goready.host.FixtureHost;
import dev.goready.testing.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * go.mod against the active Go on whole machines: Debian 12's Go 1.19 and a WSL2 Ubuntu with go1.23.4,
 * each given the project's go.mod, the go env it reports and the GOTOOLCHAIN a profile exports.
 */
class GoModCheckTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /** The go.mod check on {@code machine} with {@code gomod} in its working folder, another GOVERSION, extra variables. */
  private Result goMod(String machine, String gomod, Optional<String> goVersion, Map<String, String> env, Optional<Path> project) throws Exception {
    Path copy = dir.resolve(machine);
    TestFiles.copyTree(Path.of(getClass().getResource("/hosts/doctor/" + machine).toURI()), copy);
    String cwd = JSON.readTree(copy.resolve("host.json").toFile()).get("cwd").asText();
    Path folder = copy.resolve("files" + project.map(Path::toString).orElse(cwd));
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("go.mod"), gomod);
    ObjectNode environment = (ObjectNode) JSON.readTree(copy.resolve("env.json").toFile());
    env.forEach(environment::put);
    JSON.writeValue(copy.resolve("env.json").toFile(), environment);
    // The go command reports what the environment sets: its go env -json is patched to agree.
    Map<String, String> reported = new java.util.HashMap<>(env);
    goVersion.ifPresent(v -> reported.put("GOVERSION", v));
    ArrayNode commands = (ArrayNode) JSON.readTree(copy.resolve("commands.json").toFile());
    for (var command : commands) {
      if (command.get("argv").toString().endsWith("\"env\",\"-json\"]")) {
        String goEnv = command.get("stdout").asText();
        for (var e : reported.entrySet()) {
          goEnv = goEnv.replaceFirst("\"" + e.getKey() + "\": \"[^\"]*\"", "\"" + e.getKey() + "\": \"" + e.getValue() + "\"");
        }
        ((ObjectNode) command).put("stdout", goEnv);
      }
    }
    JSON.writeValue(copy.resolve("commands.json").toFile(), commands);
    FixtureHost host = new FixtureHost(copy);
    Probe probe = new Probe(host, new DoctorOptions(Duration.ofSeconds(5), true, Optional.empty(), new Settings(host).home(), project));
    return Runner.run(Checks.all(), probe, Set.of("go.mod"), Set.of()).checks().stream()
        .filter(c -> c.id().equals("go.mod")).findFirst().orElseThrow().result();
  }

  private Result goMod(String machine, String gomod) throws Exception {
    return goMod(machine, gomod, Optional.empty(), Map.of(), Optional.empty());
  }

  @Test
  void goBefore121CannotReadAThreePartGoLine() throws Exception {
    Result r = goMod("debian-12", "module example.com/app\n\ngo 1.22.3\n");
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.summary()).isEqualTo("go1.19.8 cannot read go.mod: a three-part go line (go 1.22.3) needs Go 1.21 or newer (\"invalid go version\")");
    assertThat(r.fix().orElseThrow().commands()).containsExactly("goready install go.mod");
  }

  @Test
  void goBefore121NeitherSwitchesNorRefuses() throws Exception {
    Result newer = goMod("debian-12", "module example.com/app\n\ngo 1.20\n");
    assertThat(newer.status()).isEqualTo(Status.WARN);
    assertThat(newer.summary()).contains("Go before 1.21 neither switches nor refuses");
    assertThat(goMod("debian-12", "module example.com/app\n\ngo 1.20\n\ntoolchain go1.22.5\n").summary())
        .contains("the toolchain directive needs Go 1.21 or newer");
    assertThat(goMod("debian-12", "module example.com/app\n\ngo 1.18\n").status()).isEqualTo(Status.OK);
  }

  @Test
  void aGoLineWithoutPatchSendsGo121ToAToolchainThatDoesNotExist() throws Exception {
    Result r = goMod("wsl2-ubuntu-22.04-healthy", "module example.com/app\n\ngo 1.22\n", Optional.of("go1.21.6"), Map.of(), Optional.empty());
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.summary()).contains("go 1.22 has no patch number", "\"toolchain not available\"");
    assertThat(r.fix().orElseThrow().commands()).containsExactly("go mod edit -go=1.22.0", "goready install go.mod");
  }

  @Test
  void gotoolchainDecidesWhatANewerGoLineDoes() throws Exception {
    String gomod = "module example.com/app\n\ngo 1.24.1\n";
    Result auto = goMod("wsl2-ubuntu-22.04-healthy", gomod);
    assertThat(auto.status()).isEqualTo(Status.WARN);
    assertThat(auto.summary()).isEqualTo("go.mod asks for go1.24.1 but go1.23.4 is active; the go command will download go1.24.1 itself");
    Result local = goMod("wsl2-ubuntu-22.04-healthy", gomod, Optional.empty(), Map.of("GOTOOLCHAIN", "local"), Optional.empty());
    assertThat(local.status()).isEqualTo(Status.FAIL);
    assertThat(local.summary()).endsWith("with GOTOOLCHAIN=local the go command refuses to build it");
    Result off = goMod("wsl2-ubuntu-22.04-healthy", gomod, Optional.empty(), Map.of("GOPROXY", "off"), Optional.empty());
    assertThat(off.status()).isEqualTo(Status.FAIL);
    assertThat(off.summary()).endsWith("but GOPROXY=off forbids that");
  }

  @Test
  void aToolchainLineIsOnlyAPreferenceUnderLocal() throws Exception {
    Result r = goMod("wsl2-ubuntu-22.04-healthy", "module example.com/app\n\ngo 1.22.0\n\ntoolchain go1.24.1\n",
        Optional.empty(), Map.of("GOTOOLCHAIN", "local"), Optional.empty());
    assertThat(r.status()).isEqualTo(Status.OK);
    assertThat(r.summary()).contains("keeps go1.23.4");
  }

  @Test
  void aProjectFolderIsJudgedWhereverDoctorRuns() throws Exception {
    Result r = goMod("wsl2-ubuntu-22.04-healthy", "module example.com/tool\n\ngo 1.23.0\n", Optional.empty(), Map.of(), Optional.of(Path.of("/home/ann/src/tool")));
    assertThat(r.status()).isEqualTo(Status.OK);
    assertThat(r.details()).contains("/home/ann/src/tool/go.mod");
  }
}
