package dev.goready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.testing.Run;
import dev.goready.testing.TestHost;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvCommandTest {
  @TempDir Path home;

  TestHost host() {
    return new TestHost().with("HOME", home.toString()).with("PATH", "/usr/bin:/bin").with("SHELL", "/bin/bash")
        .with("GOREADY_HOME", home.resolve("gr").toString());
  }

  @Test
  void dryRunShowsADiffAndChangesNothing() {
    Run run = Run.of(host(), "env", "--shell", "bash", "--goproxy", "https://athens.corp.example,direct", "--mod-readonly", "--gotoolchain", "local", "--dry-run");
    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(run.out()).contains("+++ b" + home.resolve(".bashrc"), "+# >>> goready >>>", "+GOFLAGS=-mod=readonly",
        "+GOPROXY=https://athens.corp.example,direct", "+GOTOOLCHAIN=local");
    assertThat(home.resolve(".bashrc")).doesNotExist();
    assertThat(home.resolve(".config")).doesNotExist();
  }

  @Test
  void applyReportsTheFilesAndASecondRunHasNothingToDo() {
    Run first = Run.of(host(), "env", "--shell", "bash");
    assertThat(first.exit()).as(first.toString()).isZero();
    assertThat(first.out()).contains("updated " + home.resolve(".bashrc"), "updated " + home.resolve(".config/go/env"));
    assertThat(first.err()).contains("open a new terminal", "goready install");
    assertThat(Run.of(host(), "env", "--shell", "bash").out()).isEqualTo("already set up: nothing to change\n");
    assertThat(Run.of(host(), "env", "--remove").out()).contains("restored " + home.resolve(".bashrc"));
    assertThat(Run.of(host(), "env", "--remove").out()).isEqualTo("nothing of goready's to remove\n");
  }

  @Test
  void printGivesLinesForEvalInTheUsersShell() {
    Run bash = Run.of(host(), "env", "--print");
    assertThat(bash.out()).contains("case \":${PATH}:\" in *:'" + home.resolve("gr/current/bin") + "':*)", "export PATH");
    assertThat(Run.of(host(), "env", "--print", "--shell", "fish").out()).contains("set -gx PATH '" + home.resolve("go/bin") + "' $PATH");
    assertThat(Run.of(host(), "env", "--print", "--shell", "pwsh").out()).contains("foreach ($dir in @(");
    assertThat(home.resolve(".bashrc")).doesNotExist();
  }

  @Test
  void unknownShellsAndRefusedSettingsAreUsageErrors() {
    Run shell = Run.of(host(), "env", "--shell", "tcsh");
    assertThat(shell.exit()).isEqualTo(2);
    assertThat(shell.err()).contains("--shell tcsh is not a shell goready knows");
    Run gopath = Run.of(host(), "env", "--gopath", "relative");
    assertThat(gopath.exit()).isEqualTo(2);
    assertThat(gopath.err()).contains("GOPATH entry is relative");
  }
}
