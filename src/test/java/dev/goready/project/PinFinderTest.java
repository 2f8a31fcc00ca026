package dev.goready.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.testing.TestHost;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PinFinderTest {
  @TempDir Path root;
  Path project;
  Path here;

  @BeforeEach
  void aModuleWithASubfolder() throws Exception {
    project = Files.createDirectories(root.resolve("src/app"));
    here = Files.createDirectories(project.resolve("cmd/tool"));
    Files.writeString(project.resolve("go.mod"), "module example.com/app\n\ngo 1.22.1\n\ntoolchain go1.22.5\n");
  }

  private Optional<Pin> find(TestHost host) {
    return new PinFinder(host).find(here);
  }

  @Test
  void theNearestGoModsToolchainLineWinsOverItsGoLine() {
    Pin pin = find(new TestHost()).orElseThrow();
    assertThat(pin.selector()).hasToString("go1.22.5");
    assertThat(pin.origin()).isEqualTo(project.resolve("go.mod") + ", toolchain line");
    assertThat(pin.file()).contains(project.resolve("go.mod"));
  }

  @Test
  void withoutAToolchainLineTheGoLineIsAMinimum() throws Exception {
    Files.writeString(project.resolve("go.mod"), "module m\r\ngo 1.21 // language\r\n");
    Pin pin = find(new TestHost()).orElseThrow();
    assertThat(pin.selector()).hasToString(">=go1.21.0");
    assertThat(pin.origin()).endsWith("go.mod, go line");
  }

  @Test
  void aGoVersionFileAboveBeatsGoModAndTheVariableBeatsBoth() throws Exception {
    Files.writeString(root.resolve(".go-version"), "\uFEFF1.21.13\r\n");
    assertThat(find(new TestHost()).orElseThrow().origin()).isEqualTo(root.resolve(".go-version").toString());
    Pin fromVariable = find(new TestHost().with("GOREADY_GO_VERSION", " 1.23 ")).orElseThrow();
    assertThat(fromVariable.origin()).isEqualTo("GOREADY_GO_VERSION");
    assertThat(fromVariable.selector()).hasToString("1.23");
  }

  @Test
  void aWorkspaceGovernsItsModulesUnlessGoworkIsOff() throws Exception {
    Files.writeString(root.resolve("go.work"), "go 1.23.0\n\nuse ./src/app\n");
    assertThat(find(new TestHost()).orElseThrow().origin()).isEqualTo(root.resolve("go.work") + ", go line");
    assertThat(find(new TestHost().with("GOWORK", "off")).orElseThrow().origin()).endsWith("app/go.mod, toolchain line");
    Path elsewhere = Files.writeString(root.resolve("other.work"), "go 1.20\n");
    assertThat(find(new TestHost().with("GOWORK", elsewhere.toString())).orElseThrow().origin()).startsWith(elsewhere.toString());
  }

  @Test
  void nothingPinnedIsEmpty() throws Exception {
    Files.delete(project.resolve("go.mod"));
    assertThat(find(new TestHost())).isEmpty();
  }

  @Test
  void brokenPinFilesAreErrorsNamingTheFile() throws Exception {
    Files.writeString(project.resolve("go.mod"), "module m\n\ngo one.twenty\n");
    assertThatThrownBy(() -> find(new TestHost())).isInstanceOf(GoreadyException.class).hasMessageContaining(project.resolve("go.mod").toString());
    Path pin = Files.writeString(here.resolve(".go-version"), "1.22.5\n");
    Files.setPosixFilePermissions(pin, PosixFilePermissions.fromString("---------"));
    if (!Files.isReadable(pin)) { // root reads anything
      assertThatThrownBy(() -> find(new TestHost())).isInstanceOf(GoreadyException.class).hasMessage("cannot read " + pin)
          .extracting(e -> ((GoreadyException) e).exitCode()).isEqualTo(ExitCode.LOCAL);
    }
  }
}
