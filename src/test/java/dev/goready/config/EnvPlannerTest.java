package dev.goready.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.audit.AuditLog;
import dev.goready.testing.TestHost;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** goready env on real files in a temporary home: idempotent, reversible to the byte, never destructive. */
class EnvPlannerTest {
  static final Set<Shell> UNIX_SHELLS = Set.of(new Shell.Bash(), new Shell.Zsh(), new Shell.Fish(), new Shell.Sh(), new Shell.Pwsh());

  @TempDir Path home;
  Path goready;
  TestHost host;

  @BeforeEach
  void setUp() {
    goready = home.resolve(".local/share/goready");
    host = new TestHost().with("HOME", home.toString()).with("PATH", "/usr/bin:/bin");
  }

  EnvPlanner planner() {
    return new EnvPlanner(host, goready, Optional.empty());
  }

  void apply(EnvPlan plan) {
    new EnvApplier(new AuditLog(goready.resolve("audit.jsonl"), Clock.systemUTC()), Optional.empty()).apply(plan);
  }

  EnvPlan install(Set<Shell> shells, Map<String, String> settings) {
    return planner().install(new EnvRequest(shells, settings, false));
  }

  @Test
  void aSecondRunChangesNothingAndRemoveGivesBackEveryByte() throws IOException {
    Files.writeString(home.resolve(".bashrc"), "# ~/.bashrc\r\nalias ll='ls -l'\r\n"); // CRLF, as a Windows editor left it
    Files.writeString(home.resolve(".bash_profile"), "[ -f ~/.bashrc ] && . ~/.bashrc"); // no final newline
    byte[] bashrc = Files.readAllBytes(home.resolve(".bashrc"));
    byte[] profile = Files.readAllBytes(home.resolve(".bash_profile"));

    EnvPlan first = install(UNIX_SHELLS, Map.of("GOPROXY", "https://athens.corp.example,direct"));
    apply(first);
    // bash takes a \r as part of the command, so goready's own lines are LF even in a CRLF file (issue 16).
    assertThat(Files.readString(home.resolve(".bashrc"))).contains("\r\n# >>> goready >>>\n").endsWith("# <<< goready <<<\n");
    assertThat(Files.readString(home.resolve(".bash_profile"))).endsWith("# <<< goready <<<");
    assertThat(home.resolve(".profile")).exists();
    assertThat(home.resolve(".zshenv")).exists();
    assertThat(home.resolve(".config/fish/conf.d/goready.fish")).exists();
    assertThat(home.resolve(".config/powershell/Microsoft.PowerShell_profile.ps1")).exists();
    assertThat(Files.readString(home.resolve(".config/go/env")))
        .isEqualTo("GOBIN=" + home + "/go/bin\nGOPATH=" + home + "/go\nGOPROXY=https://athens.corp.example,direct\n");
    assertThat(home.resolve("go/bin")).isDirectory();

    EnvPlan second = install(UNIX_SHELLS, Map.of("GOPROXY", "https://athens.corp.example,direct"));
    assertThat(second.isEmpty()).as(PlanDiff.render(second)).isTrue();

    apply(planner().remove(planner().allShells(), true));
    assertThat(Files.readAllBytes(home.resolve(".bashrc"))).isEqualTo(bashrc);
    assertThat(Files.readAllBytes(home.resolve(".bash_profile"))).isEqualTo(profile);
    assertThat(home.resolve(".profile")).as("goready created it, so it goes").doesNotExist();
    assertThat(home.resolve(".zshenv")).doesNotExist();
    assertThat(home.resolve(".config/fish/conf.d/goready.fish")).doesNotExist();
    assertThat(home.resolve(".config/go/env")).doesNotExist();
    assertThat(home.resolve("go")).as("the folders goready created, still empty, go too").doesNotExist();
    assertThat(goready.resolve("env.sh")).doesNotExist();
    assertThat(new AuditLog(goready.resolve("audit.jsonl"), Clock.systemUTC()).verify().ok()).isTrue();
  }

  @Test
  void removeRestoresTheGoSettingsGoreadyReplaced() throws IOException {
    Files.createDirectories(home.resolve(".config/go"));
    Files.writeString(home.resolve(".config/go/env"), "GOPROXY=https://old.example\nGOPRIVATE=*.corp\n");
    apply(install(Set.of(new Shell.Bash()), Map.of("GOPROXY", "https://athens.corp.example")));
    assertThat(Files.readString(home.resolve(".config/go/env"))).contains("GOPROXY=https://athens.corp.example");
    apply(planner().remove(planner().allShells(), true));
    assertThat(Files.readString(home.resolve(".config/go/env"))).as("the same bytes, in the same order").isEqualTo("GOPROXY=https://old.example\nGOPRIVATE=*.corp\n");
  }

  /** Found by EnvPlannerPropertiesTest in CI: a NUL in Go's env file's GOPATH was an internal error. */
  @Test
  void aGopathInGosEnvFileThatCannotBeAPathIsAUsageError() throws IOException {
    Files.createDirectories(home.resolve(".config/go"));
    Files.writeString(home.resolve(".config/go/env"), "GOPATH=/home/ann\u0000/go\n");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> install(Set.of(new Shell.Bash()), Map.of()))
        .isInstanceOfSatisfying(dev.goready.GoreadyException.class, e -> assertThat(e.exitCode()).isEqualTo(dev.goready.ExitCode.USAGE))
        .hasMessageContaining("GOPATH=").hasMessageContaining("is not a path");
  }

  /** Found by EnvPlannerPropertiesTest: the empty backup of an empty profile looked torn and was overwritten with goready's block. */
  @Test
  void anEmptyProfileKeepsItsEmptyBackupThroughReRunsAndRemoveGivesItBackEmpty() throws IOException {
    Files.createFile(home.resolve(".bashrc")); // touch ~/.bashrc
    apply(install(Set.of(new Shell.Bash()), Map.of("GOPROXY", "https://a.example")));
    assertThat(home.resolve(".bashrc.goready.bak")).isEmptyFile();
    apply(install(Set.of(new Shell.Bash()), Map.of("GOPROXY", "https://b.example")));
    apply(install(Set.of(new Shell.Bash(), new Shell.Zsh()), Map.of("GOPROXY", "https://b.example")));
    assertThat(home.resolve(".bashrc.goready.bak")).as("still the profile as it was before goready").isEmptyFile();
    apply(planner().remove(planner().allShells(), true));
    assertThat(home.resolve(".bashrc")).exists().isEmptyFile();
    assertThat(home.resolve(".bashrc.goready.bak")).doesNotExist();
  }

  /** prezto links ~/.zshenv into its own git checkout: the edit lands there, and goready says so. */
  @Test
  void aProfileLinkedIntoAGitCheckoutIsEditedThereAndSaid() throws IOException {
    Path prezto = Files.createDirectories(home.resolve(".zprezto/runcoms"));
    Files.createDirectories(home.resolve(".zprezto/.git"));
    Files.writeString(prezto.resolve("zshenv"), "# prezto's zshenv\n");
    Files.createSymbolicLink(home.resolve(".zshenv"), prezto.resolve("zshenv"));
    EnvPlan plan = install(Set.of(new Shell.Zsh()), Map.of());
    assertThat(plan.warnings()).anyMatch(w -> w.contains(".zshenv is a link into the git checkout " + home.resolve(".zprezto"))
        && w.contains("shows in its git status"));
    Files.delete(home.resolve(".zprezto/.git"));
    assertThat(install(Set.of(new Shell.Zsh()), Map.of()).warnings()).noneMatch(w -> w.contains("git checkout"));
  }

  @Test
  void aSymlinkedProfileStaysALinkAndItsTargetIsEdited() throws IOException {
    Path dotfiles = Files.createDirectories(home.resolve("dotfiles"));
    Files.writeString(dotfiles.resolve("bashrc"), "export EDITOR=vim\n");
    Files.createSymbolicLink(home.resolve(".bashrc"), dotfiles.resolve("bashrc"));
    apply(install(Set.of(new Shell.Bash()), Map.of()));
    assertThat(Files.isSymbolicLink(home.resolve(".bashrc"))).isTrue();
    assertThat(Files.readString(dotfiles.resolve("bashrc"))).contains("# >>> goready >>>");
    assertThat(dotfiles.resolve("bashrc.goready.bak")).hasContent("export EDITOR=vim\n");
  }

  @Test
  void aReadOnlyProfileIsRefusedAndNothingIsWritten() throws IOException {
    Path bashrc = Files.writeString(home.resolve(".bashrc"), "export EDITOR=vim\n");
    Files.setPosixFilePermissions(bashrc, PosixFilePermissions.fromString("r--r--r--"));
    EnvPlan plan = install(Set.of(new Shell.Bash()), Map.of());
    assertThatThrownBy(() -> apply(plan))
        .isInstanceOfSatisfying(GoreadyException.class, e -> {
          assertThat(e.exitCode()).isEqualTo(ExitCode.LOCAL);
          assertThat(e.getMessage()).contains(bashrc.toString(), "read-only");
        });
    assertThat(bashrc).hasContent("export EDITOR=vim\n");
    // Nothing else of the plan either: no env.sh, no Go env file, no ~/go (issue 16).
    assertThat(goready.resolve("env.sh")).doesNotExist();
    assertThat(home.resolve(".config/go/env")).doesNotExist();
    assertThat(home.resolve("go")).doesNotExist();
  }

  @Test
  void aHandWrittenGopathIsReportedNotDuplicated() throws IOException {
    Files.writeString(home.resolve(".zshenv"), "export GOPATH=$HOME/work\n");
    host.with("GOPATH", home.resolve("work").toString());
    EnvPlan plan = install(Set.of(new Shell.Zsh()), Map.of());
    assertThat(plan.warnings()).anyMatch(w -> w.contains(".zshenv:1 sets GOPATH itself"));
    apply(plan);
    assertThat(Files.readString(home.resolve(".zshenv"))).containsOnlyOnce("GOPATH");
    assertThat(Files.readString(home.resolve(".config/go/env"))).contains("GOPATH=" + home.resolve("work"), "GOBIN=" + home.resolve("work/bin"));
  }

  @Test
  void aDeletedEndMarkerTouchesNothing() throws IOException {
    Path bashrc = Files.writeString(home.resolve(".bashrc"), "a\n# >>> goready >>>\n[ -f x ] && . x\n");
    assertThatThrownBy(() -> install(Set.of(new Shell.Bash()), Map.of())).hasMessageContaining("end marker");
    assertThat(bashrc).hasContent("a\n# >>> goready >>>\n[ -f x ] && . x\n");
    assertThat(home.resolve(".config/go/env")).doesNotExist();
  }

  @Test
  void insideWslAModuleCacheOnTheWindowsDriveNeedsForce() {
    host.with("WSL_INTEROP", "/run/WSL/1_interop");
    assertThatThrownBy(() -> install(Set.of(new Shell.Bash()), Map.of("GOMODCACHE", "/mnt/c/Users/ann/go/pkg/mod")))
        .isInstanceOfSatisfying(GoreadyException.class, e -> {
          assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
          assertThat(e.getMessage()).contains("GOMODCACHE=/mnt/c/Users/ann/go/pkg/mod is on a Windows drive");
          assertThat(e.hint()).hasValueSatisfying(h -> assertThat(h).contains("--force"));
        });
    assertThat(planner().install(new EnvRequest(Set.of(new Shell.Bash()), Map.of("GOMODCACHE", "/mnt/c/Users/ann/go/pkg/mod"), true)).goEnv())
        .containsEntry("GOMODCACHE", Optional.of("/mnt/c/Users/ann/go/pkg/mod"));
  }

  @Test
  void goEnvRefusalsSurfaceBeforeAnythingIsPlanned() {
    assertThatThrownBy(() -> install(Set.of(new Shell.Bash()), Map.of("GOPATH", "go"))).hasMessageContaining("GOPATH entry is relative");
  }

  @Test
  void aUtf16PowerShellProfileKeepsItsEncodingAndBom() throws IOException {
    Path profile = home.resolve(".config/powershell/Microsoft.PowerShell_profile.ps1");
    Files.createDirectories(profile.getParent());
    byte[] original = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Set-Alias ll Get-ChildItem\r\n".getBytes(StandardCharsets.UTF_16LE));
    Files.write(profile, original);
    apply(install(Set.of(new Shell.Pwsh()), Map.of()));
    byte[] edited = Files.readAllBytes(profile);
    assertThat(edited[0]).isEqualTo((byte) 0xFF);
    assertThat(edited[1]).isEqualTo((byte) 0xFE);
    String text = new String(edited, 2, edited.length - 2, StandardCharsets.UTF_16LE);
    assertThat(text).startsWith("Set-Alias ll Get-ChildItem\r\n# >>> goready >>>\r\n").contains("$env:PATH");
    apply(planner().remove(Set.of(new Shell.Pwsh()), false));
    assertThat(Files.readAllBytes(profile)).isEqualTo(original);
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void debiansNonInteractiveGuardGetsTheBlockBeforeItAndSshStyleShellsFindGo() throws Exception {
    Files.writeString(home.resolve(".bashrc"), BlockPlacementTest.DEBIAN_BASHRC);
    apply(install(Set.of(new Shell.Bash()), Map.of()));
    String bashrc = Files.readString(home.resolve(".bashrc"));
    assertThat(bashrc.indexOf(ManagedBlock.BEGIN)).isLessThan(bashrc.indexOf("case $- in")).isGreaterThan(bashrc.indexOf("don't do anything"));

    // What sshd's bash does for `ssh host 'go build'`: a non-interactive shell reading ~/.bashrc.
    ProcessBuilder bash = new ProcessBuilder("bash", "-c", "printf %s \"$PATH\"").redirectErrorStream(true);
    bash.environment().put("HOME", home.toString());
    bash.environment().put("PATH", "/usr/bin:/bin");
    bash.environment().put("BASH_ENV", home.resolve(".bashrc").toString());
    Process process = bash.start();
    String path = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
    assertThat(path.split(":")).contains(goready.resolve("current/bin").toString());

    apply(new EnvPlanner(host, goready, Optional.empty()).remove(Set.of(new Shell.Bash()), true));
    assertThat(Files.readString(home.resolve(".bashrc"))).isEqualTo(BlockPlacementTest.DEBIAN_BASHRC);
  }

  @Test
  void anotherGoPutFirstOnPathAfterTheBlockIsReportedWhenThereIsAGoThere() throws Exception {
    Path otherGo = Files.createDirectories(home.resolve("sdk/go1.21.0/bin"));
    Files.writeString(otherGo.resolve("go"), "#!/bin/sh\n");
    Files.writeString(home.resolve(".bashrc"), BlockPlacementTest.DEBIAN_BASHRC + "export PATH=$HOME/sdk/go1.21.0/bin:$PATH\nexport PATH=/opt/nothing/go/bin:$PATH\n");
    EnvPlan plan = install(Set.of(new Shell.Bash()), Map.of());
    assertThat(plan.warnings()).anyMatch(w -> w.contains(".bashrc:11 puts $HOME/sdk/go1.21.0/bin first on PATH after goready's block")
        && w.contains("the go there runs instead of goready's"));
    assertThat(plan.warnings()).noneMatch(w -> w.contains("/opt/nothing/go/bin"));
  }

  @Test
  void aStaleGorootAndAnotherGosGorootAreReportedForWhatTheyDo() throws Exception {
    Path otherGo = Files.createDirectories(home.resolve("sdk/go1.21.0/bin"));
    Files.writeString(otherGo.resolve("go"), "#!/bin/sh\n");
    Files.writeString(home.resolve(".bashrc"), "export GOROOT=/usr/local/go-removed\nexport GOROOT=\"$HOME/sdk/go1.21.0\"\n");
    List<String> warnings = install(Set.of(new Shell.Bash()), Map.of()).warnings();
    assertThat(warnings).anyMatch(w -> w.contains(".bashrc:1 sets GOROOT itself") && w.contains("cannot find GOROOT directory"));
    assertThat(warnings).anyMatch(w -> w.contains(".bashrc:2 sets GOROOT itself") && w.contains("two toolchains mixed"));
  }

  /**
   * A profile that undoes goready's go twice over (Homebrew's stale GOROOT, an SDK's go put first on
   * PATH after the block): --fix-conflicts comments both out, a real bash then runs goready's go with
   * no GOROOT, a second run changes nothing, and --remove gives back the user's bytes.
   */
  @Test
  void fixConflictsCommentsOutWhatUndoesGoreadysGoAndRemovePutsItBack() throws Exception {
    Path sdkGo = Files.createDirectories(home.resolve("sdk/go1.21.0/bin"));
    Files.writeString(sdkGo.resolve("go"), "#!/bin/sh\n");
    sdkGo.resolve("go").toFile().setExecutable(true);
    Path goreadyGo = Files.createDirectories(goready.resolve("current/bin"));
    Files.writeString(goreadyGo.resolve("go"), "#!/bin/sh\n");
    goreadyGo.resolve("go").toFile().setExecutable(true);
    String original = "export GOROOT=/usr/local/opt/go/libexec\r\n" + BlockPlacementTest.DEBIAN_BASHRC + "  export PATH=\"$HOME/sdk/go1.21.0/bin:$PATH\"\n";
    Files.writeString(home.resolve(".bashrc"), original);

    EnvPlan plain = planner().install(new EnvRequest(Set.of(new Shell.Bash()), Map.of(), false));
    assertThat(plain.warnings()).anyMatch(w -> w.contains(".bashrc:1 sets GOROOT") && w.endsWith("goready env --fix-conflicts comments it out"));

    EnvPlan fixing = planner().install(new EnvRequest(Set.of(new Shell.Bash()), Map.of(), false, Optional.empty(), true));
    assertThat(fixing.warnings()).filteredOn(w -> w.contains("commented out (# goready:), goready env --remove puts it back")).hasSize(2);
    apply(fixing);
    String bashrc = Files.readString(home.resolve(".bashrc"));
    assertThat(bashrc).startsWith("# goready: export GOROOT=/usr/local/opt/go/libexec\r\n")
        .endsWith("# goready:   export PATH=\"$HOME/sdk/go1.21.0/bin:$PATH\"\n");

    ProcessBuilder bash = new ProcessBuilder("bash", "-c", "command -v go; printf 'GOROOT=%s' \"${GOROOT-}\"").redirectErrorStream(true);
    bash.environment().put("HOME", home.toString());
    bash.environment().put("PATH", "/usr/bin:/bin");
    bash.environment().remove("GOROOT");
    bash.environment().put("BASH_ENV", home.resolve(".bashrc").toString());
    Process process = bash.start();
    String answer = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
    assertThat(answer).isEqualTo(goreadyGo.resolve("go") + "\nGOROOT=");

    assertThat(planner().install(new EnvRequest(Set.of(new Shell.Bash()), Map.of(), false, Optional.empty(), true)).files())
        .as("a second run finds nothing left to fix").isEmpty();
    apply(planner().remove(Set.of(new Shell.Bash()), true));
    assertThat(Files.readString(home.resolve(".bashrc"))).isEqualTo(original);
  }

  /** A GOPATH or GOBIN a startup file sets is the one goready uses, and Go's env file gets no second one. */
  @Test
  void aGopathAndGobinAProfileSetsAreAdoptedNotDuplicated() throws Exception {
    Files.writeString(home.resolve(".bashrc"), "export GOPATH=\"$HOME/work\"\n");
    EnvPlan plan = install(Set.of(new Shell.Bash()), Map.of());
    assertThat(plan.goEnv()).doesNotContainKeys("GOPATH", "GOBIN");
    assertThat(plan.directories()).contains(home.resolve("work/bin"));
    apply(plan);
    assertThat(Files.readString(home.resolve(".local/share/goready/env.sh"))).contains(home.resolve("work/bin").toString());

    Files.createDirectories(home.resolve(".config/fish"));
    Files.writeString(home.resolve(".config/fish/config.fish"), "set -gx GOBIN ~/bin/go-tools\n");
    assertThat(install(Set.of(new Shell.Fish()), Map.of()).directories()).contains(home.resolve("bin/go-tools"));
    assertThat(planner().pathDirs(Map.of())).endsWith(home.resolve("bin/go-tools").toString());

    Files.writeString(home.resolve(".bashrc"), "export GOPATH=$(go env GOPATH)\n");
    Files.delete(home.resolve(".config/fish/config.fish"));
    assertThat(planner().pathDirs(Map.of())).as("a value the shell must evaluate is not guessed").endsWith(home.resolve("go/bin").toString());
  }

  /** --remove deletes the folders goready created while they are empty, and leaves (and names) one that is not. */
  @Test
  void removeDeletesTheFoldersItCreatedOnlyWhileTheyAreEmpty() throws Exception {
    apply(install(Set.of(new Shell.Bash()), Map.of()));
    assertThat(home.resolve("go/bin")).isDirectory();
    Files.writeString(home.resolve("go/bin/gopls"), "a tool the user installed");
    EnvPlan removal = planner().remove(Set.of(new Shell.Bash()), true);
    assertThat(removal.emptyFolders()).containsExactly(home.resolve("go/pkg"));
    assertThat(removal.warnings()).containsExactly("left " + home.resolve("go/bin") + ": goready created it, but it is not empty now",
        "left " + home.resolve("go") + ": goready created it, but it is not empty now");
    apply(removal);
    assertThat(home.resolve("go/pkg")).doesNotExist();
    assertThat(home.resolve("go/bin/gopls")).exists();
  }
}
