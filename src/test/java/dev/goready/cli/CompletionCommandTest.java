package dev.goready.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.goready.testing.Run;
import dev.goready.testing.TestHost;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The completion scripts load in the real shells and offer goready's commands, options and installed versions. */
class CompletionCommandTest {
  @TempDir Path temp;

  String script(String shell) {
    Run run = Run.of(new TestHost(), "completion", shell);
    assertThat(run.exit()).as(run.toString()).isZero();
    return run.out();
  }

  @Test
  void bashAndZshLoadTheScript() throws Exception {
    Path bash = Files.writeString(temp.resolve("goready.bash"), script("bash"));
    assertThat(shell(List.of("bash", "-c", "source " + bash + " && complete -p goready"))).contains("goready");
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/zsh")), "zsh is installed by .ci/run");
    Path zsh = Files.writeString(temp.resolve("goready.zsh"), script("zsh"));
    assertThat(shell(List.of("zsh", "-c", "autoload -U compinit && compinit -u && source " + zsh + " && echo loaded"))).contains("loaded");
  }

  @Test
  void fishCompletesCommandsOptionsAndInstalledVersions() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/fish")), "fish is installed by .ci/run");
    Path completions = Files.writeString(temp.resolve("goready.fish"), script("fish"));
    // A stand-in goready on PATH answers `goready list` as the real one would.
    Path bin = Files.createDirectories(temp.resolve("bin"));
    Path fake = Files.writeString(bin.resolve("goready"), "#!/bin/sh\nprintf '* go1.22.5\\n  go1.21.12\\n'\n");
    fake.toFile().setExecutable(true);
    String prelude = "set -x PATH " + bin + " $PATH; source " + completions + "; ";
    assertThat(shell(List.of("fish", "-c", prelude + "complete -C 'goready ins'"))).contains("install");
    assertThat(shell(List.of("fish", "-c", prelude + "complete -C 'goready install --al'"))).contains("--allow-unverified", "--allow-http");
    assertThat(shell(List.of("fish", "-c", prelude + "complete -C 'goready use '"))).contains("go1.22.5", "go1.21.12");
    assertThat(shell(List.of("fish", "-c", prelude + "complete -C 'goready wsl port'"))).contains("portproxy");
  }

  @Test
  void powershellGetsANativeCompleterAndUnknownShellsAreUsageErrors() {
    String script = script("powershell");
    assertThat(script).contains("Register-ArgumentCompleter -Native -CommandName goready", "'use' = @{", "versions = $true", "'--allow-unverified'");
    assertThat(Run.of(new TestHost(), "completion", "tcsh").exit()).isEqualTo(2);
  }

  private static String shell(List<String> argv) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(argv).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output;
  }
}
