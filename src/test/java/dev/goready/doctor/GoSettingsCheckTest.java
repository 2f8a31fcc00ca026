package dev.goready.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings that quietly break builds, version managers' shims, and the startup lines env reports, on whole machines. */
class GoSettingsCheckTest {
  @TempDir Path dir;

  private MachineCopy wsl() throws Exception {
    return new MachineCopy("wsl2-ubuntu-22.04-healthy", dir);
  }

  @Test
  void aHealthyMachineHasNoQuietlyBrokenSetting() throws Exception {
    Result r = wsl().check("go.settings");
    assertThat(r.status()).isEqualTo(Status.OK);
  }

  @Test
  void gonoproxyOfEverythingBypassesTheCompanyProxy() throws Exception {
    Result r = wsl().env(Map.of(), Map.of("GOPROXY", "https://athens.corp.example,direct", "GONOPROXY", "*")).check("go.settings");
    assertThat(r.status()).isEqualTo(Status.WARN);
    assertThat(r.summary()).isEqualTo("GONOPROXY=* matches every module: the go command skips GOPROXY (https://athens.corp.example) and the checksum database for all of them");
    assertThat(r.fix().orElseThrow().commands()).first().isEqualTo("go env -u GONOPROXY");

    Result exported = wsl().env(Map.of("GOPRIVATE", "github.com/acme/*,*"), Map.of()).check("go.settings");
    assertThat(exported.summary()).startsWith("GOPRIVATE=github.com/acme/*,* matches every module");
    assertThat(exported.fix().orElseThrow().commands()).as("set in the environment, so unset there").first().isEqualTo("unset GOPRIVATE");

    assertThat(wsl().env(Map.of(), Map.of("GOPRIVATE", "*.corp.example.com,github.com/acme")).check("go.settings").status()).isEqualTo(Status.OK);
  }

  @Test
  void vendorModeWithoutAVendorFolderFails() throws Exception {
    MachineCopy machine = wsl().env(Map.of(), Map.of("GOFLAGS", "-mod=vendor"));
    Result r = machine.check("go.settings");
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.summary()).isEqualTo("GOFLAGS=-mod=vendor but /home/ann/src/app has no vendor folder: builds fail with \"inconsistent vendoring\"");
    assertThat(r.fix().orElseThrow().commands()).containsExactly("go env -u GOFLAGS", "go mod vendor");

    machine.file("/home/ann/src/app/vendor/modules.txt", "# golang.org/x/mod v0.17.0\n## explicit; go 1.18\n");
    assertThat(machine.check("go.settings").status()).isEqualTo(Status.OK);
  }

  @Test
  void aGoarchInGosEnvFileMakesEveryBuildACrossBuild() throws Exception {
    MachineCopy machine = wsl().env(Map.of(), Map.of("GOARCH", "arm64"));
    Result r = machine.check("go.settings");
    assertThat(r.status()).isEqualTo(Status.WARN);
    assertThat(r.summary()).startsWith("Go's env file sets GOARCH=arm64: every build makes arm64 binaries");
    assertThat(r.fix().orElseThrow().commands()).containsExactly("go env -u GOARCH");
    assertThat(machine.check("go.env").summary()).as("not an emulated toolchain: the go command is amd64").doesNotContain("emulated");

    assertThat(wsl().env(Map.of("GOARCH", "arm64"), Map.of()).check("go.settings").status()).as("exported for this shell on purpose").isEqualTo(Status.OK);
  }

  @Test
  void anAsdfShimWhoseGorootHoldsAGoIsHealthy() throws Exception {
    String shims = "/home/ann/.asdf/shims";
    String goroot = "/home/ann/.asdf/installs/golang/1.23.4/go";
    MachineCopy machine = wsl()
        .file(shims + "/go", "#!/usr/bin/env bash\n# asdf-plugin: golang 1.23.4\nexec /home/ann/.asdf/bin/asdf exec \"go\" \"$@\" # asdf_allow: ' asdf '\n")
        .file(goroot + "/bin/go", "")
        .env(Map.of("PATH", shims + ":/usr/local/bin:/usr/bin:/bin"), Map.of("GOROOT", goroot))
        .goAt(shims + "/go", "/home/ann/.local/share/goready/current/bin/go");
    Result r = machine.check("go.env");
    assertThat(r.status()).as(r.toString()).isNotEqualTo(Status.FAIL);

    Result broken = machine.env(Map.of(), Map.of("GOROOT", "/usr/local/go")).check("go.env");
    assertThat(broken.status()).isEqualTo(Status.FAIL);
    assertThat(broken.summary()).isEqualTo("asdf's shim /home/ann/.asdf/shims/go runs the go of the version asdf picks, but GOROOT=/usr/local/go does not contain it");
    assertThat(broken.fix().orElseThrow().commands()).containsExactly("go env -u GOROOT", "asdf reshim golang");
  }

  @Test
  void aScoopShimRunsTheGoItsShimFileNames() throws Exception {
    String shims = "C:\\Users\\bob\\scoop\\shims";
    MachineCopy machine = new MachineCopy("windows-11-x64", dir)
        .file(shims + "\\go.exe", "")
        .file(shims + "\\go.shim", "path = \"C:\\Users\\bob\\scoop\\apps\\go\\current\\bin\\go.exe\"\r\n")
        .file("C:\\Program Files\\Go\\bin\\go.exe", "")
        .env(Map.of("Path", shims + ";C:\\WINDOWS\\system32;C:\\WINDOWS", "GOROOT", "C:\\Program Files\\Go"), Map.of())
        .goAt(shims + "\\go.exe", "C:\\Users\\bob\\AppData\\Local\\goready\\current\\bin\\go.exe");
    Result r = machine.check("go.env");
    assertThat(r.status()).as(r.toString()).isEqualTo(Status.FAIL);
    // Windows paths replayed on Linux print with '/'; on Windows itself with '\\'.
    assertThat(r.summary().replace('\\', '/')).isEqualTo("Scoop's shim C:/Users/bob/scoop/shims/go.exe runs C:/Users/bob/scoop/apps/go/current/bin/go.exe, but GOROOT=C:/Program Files/Go does not contain it");
    assertThat(r.fix().orElseThrow().commands()).containsExactly("[Environment]::SetEnvironmentVariable('GOROOT', $null, 'User')", "scoop reset go");

    String scoopRoot = "C:\\Users\\bob\\scoop\\apps\\go\\current";
    Result healthy = machine.file(scoopRoot + "\\bin\\go.exe", "").env(Map.of("GOROOT", scoopRoot), Map.of()).check("go.env");
    assertThat(healthy.status()).as(healthy.toString()).isNotEqualTo(Status.FAIL);
  }

  @Test
  void pathGoNamesTheStartupLineEnvReportsAndOffersEnvsFix() throws Exception {
    String bashrc = "# ~/.bashrc\n# >>> goready >>>\n. \"/home/ann/.local/share/goready/env.sh\"\n# <<< goready <<<\n"
        + "export PATH=\"$HOME/sdk/go1.21.0/bin:$PATH\"\n";
    MachineCopy machine = wsl()
        .file("/home/ann/.bashrc", bashrc)
        .file("/home/ann/sdk/go1.21.0/bin/go", "")
        .env(Map.of("PATH", "/home/ann/sdk/go1.21.0/bin:/home/ann/.local/share/goready/current/bin:/usr/bin:/bin"), Map.of());
    Result r = machine.check("path.go");
    assertThat(r.status()).as(r.toString()).isEqualTo(Status.FAIL);
    assertThat(r.details()).anyMatch(d -> d.startsWith("/home/ann/.bashrc:5 puts $HOME/sdk/go1.21.0/bin first on PATH after goready's block"));
    assertThat(r.fix().orElseThrow().commands()).first().isEqualTo("goready env --fix-conflicts");
    assertThat(r.fix().orElseThrow().actions()).extracting(dev.goready.doctor.FixAction::command).contains("goready env --fix-conflicts", "goready env");
  }
}
