package dev.goready.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * go.mod against the active Go on whole machines: Debian 12's Go 1.19 and a WSL2 Ubuntu with go1.23.4,
 * each given the project's go.mod, the go env it reports and the GOTOOLCHAIN a profile exports.
 */
class GoModCheckTest {
  @TempDir Path dir;

  /** The go.mod check on {@code machine} with {@code gomod} in its working folder (or {@code project}), another GOVERSION, exported variables. */
  private Result goMod(String machine, String gomod, Optional<String> goVersion, Map<String, String> env, Optional<Path> project) throws Exception {
    MachineCopy copy = new MachineCopy(machine, dir);
    copy.file(project.map(Path::toString).orElse(copy.cwd()) + "/go.mod", gomod);
    copy.env(env, goVersion.map(v -> Map.of("GOVERSION", v)).orElse(Map.of()));
    project.ifPresent(copy::project);
    return copy.check("go.mod");
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
