package dev.goready.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.testing.GoreadyProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `goready env` as users meet it: the real jar edits a home folder, then real bash, zsh, fish and sh,
 * started with a clean environment, find goready's Go first on PATH, and the real Go reads the GOPATH
 * from the Go env file goready wrote.
 */
class ShellsIT {
  static final Path DEBIAN_GOROOT = GoToolchainE2EIT.DEBIAN_GOROOT;

  @TempDir Path home;
  Path goready;

  @BeforeEach
  void aToolchainIsActive() throws Exception {
    goready = home.resolve(".local/share/goready");
    Files.createDirectories(goready.resolve("toolchains"));
    Files.createSymbolicLink(goready.resolve("toolchains/go1.19.8"), DEBIAN_GOROOT);
    Files.createSymbolicLink(goready.resolve("current"), Path.of("toolchains/go1.19.8"));
    Files.writeString(home.resolve(".bashrc"), "# the user's own\nalias ll='ls -l'\n");
  }

  /** A process with nothing inherited but what a fresh login has. */
  Result run(List<String> argv) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(argv).redirectErrorStream(true);
    builder.environment().clear();
    builder.environment().put("HOME", home.toString());
    builder.environment().put("PATH", "/usr/bin:/bin");
    builder.environment().put("GOREADY_HOME", goready.toString());
    builder.environment().put("LANG", "C.UTF-8");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Result(process.exitValue(), output);
  }

  record Result(int exit, String output) {}

  Result goready(String... args) throws Exception {
    List<String> argv = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", GoreadyProcess.JAR.toString()));
    argv.addAll(List.of(args));
    return run(argv);
  }

  @Test
  void everyShellFindsGoreadysGoAndGoReadsTheEnvFile() throws Exception {
    for (String shell : List.of("bash", "zsh", "fish", "sh")) {
      assertThat(Path.of("/usr/bin", shell)).as(shell + " is needed for this test: .ci/run installs zsh and fish").exists();
    }
    byte[] bashrc = Files.readAllBytes(home.resolve(".bashrc"));
    Result env = goready("env", "--shell", "bash,zsh,fish,sh", "--gopath", home.resolve("work").toString());
    assertThat(env.exit()).as(env.output()).isZero();

    String probe = "command -v go; go env GOPATH GOBIN";
    String expected = goready.resolve("current/bin/go") + "\n" + home.resolve("work") + "\n" + home.resolve("work/bin") + "\n";
    for (List<String> shell : List.of(
        List.of("bash", "-lc", probe), List.of("bash", "-ic", probe), List.of("zsh", "-c", probe),
        List.of("fish", "-c", probe), List.of("sh", "-lc", probe))) {
      Result result = run(shell);
      assertThat(result.output().lines().filter(l -> !l.contains("job control") && !l.contains("terminal process group")).toList())
          .as(String.join(" ", shell))
          .containsExactlyElementsOf(expected.lines().toList());
    }

    Result remove = goready("env", "--remove");
    assertThat(remove.exit()).as(remove.output()).isZero();
    assertThat(Files.readAllBytes(home.resolve(".bashrc"))).isEqualTo(bashrc);
    assertThat(run(List.of("bash", "-lc", "command -v go || echo none")).output()).isEqualTo("none\n");
  }

  @Test
  void twoRunsAtOnceLeaveOneBlock() throws Exception {
    List<Process> processes = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", GoreadyProcess.JAR.toString(), "env", "--shell", "bash");
      builder.environment().put("HOME", home.toString());
      builder.environment().put("GOREADY_HOME", goready.toString());
      builder.environment().remove("XDG_CONFIG_HOME");
      builder.environment().remove("GOENV");
      processes.add(builder.redirectErrorStream(true).start());
    }
    for (Process process : processes) {
      String output = new String(process.getInputStream().readAllBytes());
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).as(output).isZero();
    }
    assertThat(Files.readString(home.resolve(".bashrc"))).containsOnlyOnce("# >>> goready >>>");
    assertThat(goready("audit", "verify").exit()).isZero();
  }
}
