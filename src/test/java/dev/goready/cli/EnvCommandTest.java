package dev.goready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.testing.Run;
import dev.goready.testing.TestHost;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
    Run removed = Run.of(host(), "env", "--remove");
    // goready made .bashrc here, so taking it back deletes it: "removed", not "restored" (issue 16).
    assertThat(removed.out()).contains("removed " + home.resolve(".bashrc"), "removed " + home.resolve("gr/env.sh")).doesNotContain("restored");
    assertThat(Run.of(host(), "env", "--remove").out()).isEqualTo("nothing of goready's to remove\n");
  }

  @Test
  void aWarningQuotingAProfileLineCannotDriveTheTerminal() throws Exception {
    java.nio.file.Files.writeString(home.resolve(".bashrc"), "export GOPATH=/srv/go\u001b[2J\u202e\n");
    Run run = Run.of(host(), "env", "--shell", "bash", "--dry-run");
    assertThat(run.err()).contains("sets GOPATH itself", "\\x1b[2J\\u202e").doesNotContain("\u001b", "\u202e");
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

  @Test
  void aHomeThatIsUnsetEmptyRelativeOrMissingIsAUsageErrorAndNothingIsCreated() {
    for (String value : new String[] {"", "relative/home", home.resolve("missing").toString()}) {
      Run run = Run.of(host().with("HOME", value), "env", "--shell", "bash");
      assertThat(run.exit()).as(run.toString()).isEqualTo(2);
      assertThat(run.err()).contains("HOME", "hint: export HOME=");
    }
    assertThat(home.resolve("missing")).doesNotExist();
    assertThat(home.resolve("gr")).doesNotExist();
  }

  @Test
  void profilesThatAreNotRegularFilesAreRefusedAndLeftAlone() throws Exception {
    Files.createSymbolicLink(home.resolve(".bashrc"), Path.of("/dev/null"));
    Run device = Run.of(host(), "env", "--shell", "bash");
    assertThat(device.exit()).as(device.toString()).isEqualTo(5);
    assertThat(device.err()).contains(".bashrc leads to /dev/null, a device, FIFO or socket", "wrote nothing");
    assertThat(Files.readSymbolicLink(home.resolve(".bashrc"))).isEqualTo(Path.of("/dev/null"));

    Files.delete(home.resolve(".bashrc"));
    Files.createDirectory(home.resolve(".bashrc"));
    assertThat(Run.of(host(), "env", "--shell", "bash").err()).contains(".bashrc is a folder");

    Files.delete(home.resolve(".bashrc"));
    Files.createSymbolicLink(home.resolve(".bashrc"), home.resolve(".bashrc.loop"));
    Files.createSymbolicLink(home.resolve(".bashrc.loop"), home.resolve(".bashrc"));
    assertThat(Run.of(host(), "env", "--shell", "bash").err()).contains("is a symlink loop");

    Files.delete(home.resolve(".bashrc.loop"));
    assertThat(Run.of(host(), "env", "--shell", "bash").err()).contains("which does not exist");
  }

  @Test
  void aFifoProfileIsRefusedWithoutBlocking() throws Exception {
    Path fifo = home.resolve(".bashrc");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(mkfifo.waitFor()).isZero();
    Run run = Run.of(host(), "env", "--shell", "bash");
    assertThat(run.exit()).as(run.toString()).isEqualTo(5);
    assertThat(run.err()).contains("a device, FIFO or socket");
  }

  @Test
  void aTwoLevelSymlinkChainIsFollowedToTheRealFileWhoseModeIsKept() throws Exception {
    Path real = Files.writeString(Files.createDirectories(home.resolve("dotfiles/shell")).resolve("bashrc"), "alias ll='ls -l'\n");
    Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-------"));
    Files.createSymbolicLink(home.resolve("dotfiles/bashrc"), Path.of("shell/bashrc"));
    Files.createSymbolicLink(home.resolve(".bashrc"), home.resolve("dotfiles/bashrc"));
    Run run = Run.of(host(), "env", "--shell", "bash");
    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(Files.isSymbolicLink(home.resolve(".bashrc"))).isTrue();
    assertThat(Files.readString(real)).startsWith("alias ll='ls -l'\n").contains("# >>> goready >>>");
    assertThat(Files.getPosixFilePermissions(real)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(Files.readString(home.resolve("dotfiles/shell/bashrc.goready.bak"))).isEqualTo("alias ll='ls -l'\n");
  }

  @Test
  void aTornBackupFromAnEarlierCrashIsWrittenAgain() throws Exception {
    Files.writeString(home.resolve(".bashrc"), "export EDITOR=vi\n");
    Files.writeString(home.resolve(".bashrc.goready.bak"), "");
    assertThat(Run.of(host(), "env", "--shell", "bash").exit()).isZero();
    assertThat(Files.readString(home.resolve(".bashrc.goready.bak"))).isEqualTo("export EDITOR=vi\n");
    try (var left = Files.list(home)) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".goready-"));
    }
  }

  @Test
  void aCrlfBashrcGetsABlockBashCanRunAndTheGopathWarning() throws Exception {
    byte[] original = "export EDITOR=vi\r\nexport GOPATH=/opt/go\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Files.write(home.resolve(".bashrc"), original);
    Run run = Run.of(host(), "env", "--shell", "bash");
    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(run.err()).contains(".bashrc:2 sets GOPATH itself");
    String text = Files.readString(home.resolve(".bashrc"));
    String block = text.substring(text.indexOf("# >>> goready >>>"));
    assertThat(block).doesNotContain("\r");
    Process bash = new ProcessBuilder("bash", "-c", ". " + home.resolve(".bashrc")).redirectErrorStream(true).start();
    assertThat(new String(bash.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("No such file");
    assertThat(Run.of(host(), "env", "--remove").exit()).isZero();
    assertThat(Files.readAllBytes(home.resolve(".bashrc"))).isEqualTo(original);
  }

  @Test
  void removeTakesBackItsBackupOnceTheProfileIsRestored() throws Exception {
    Files.writeString(home.resolve(".bashrc"), "export EDITOR=vi\n");
    assertThat(Run.of(host(), "env", "--shell", "bash").exit()).isZero();
    assertThat(home.resolve(".bashrc.goready.bak")).exists();
    Run removed = Run.of(host(), "env", "--remove");
    assertThat(removed.out()).contains("restored " + home.resolve(".bashrc"));
    assertThat(home.resolve(".bashrc")).hasContent("export EDITOR=vi");
    assertThat(home.resolve(".bashrc.goready.bak")).doesNotExist();
  }

  @Test
  void aGobinTheShellExportsIsTheOneOnPath() throws Exception {
    Path tools = Files.createDirectories(home.resolve("tools/bin"));
    Run run = Run.of(host().with("GOBIN", tools.toString()), "env", "--shell", "bash");
    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(Files.readString(home.resolve(".config/go/env"))).contains("GOBIN=" + tools);
    assertThat(Files.readString(home.resolve("gr/env.sh"))).contains(tools.toString());
  }
}
