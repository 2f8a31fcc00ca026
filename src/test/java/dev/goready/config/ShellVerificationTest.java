package dev.goready.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.goready.audit.AuditLog;
import dev.goready.testing.TestHost;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real bash, zsh and fish, started as a terminal, a login and ssh start them, on real-world startup
 * files in a temporary home: each start that would not run goready's go is named, with the line that wins.
 */
class ShellVerificationTest {
  @TempDir Path home;
  Path goready;
  TestHost host;
  Path otherGo;

  @BeforeEach
  void setUp() throws Exception {
    goready = home.resolve(".local/share/goready");
    host = new TestHost().with("HOME", home.toString()).with("PATH", "/usr/bin:/bin");
    Path ours = Files.createDirectories(goready.resolve("current/bin"));
    Files.writeString(ours.resolve("go"), "#!/bin/sh\n");
    ours.resolve("go").toFile().setExecutable(true);
    otherGo = Files.createDirectories(home.resolve("sdk/go1.21.0/bin"));
    Files.writeString(otherGo.resolve("go"), "#!/bin/sh\n");
    otherGo.resolve("go").toFile().setExecutable(true);
  }

  private List<String> applyThenVerify(Shell... shells) {
    EnvPlanner planner = new EnvPlanner(host, goready, Optional.empty());
    new EnvApplier(new AuditLog(goready.resolve("audit.jsonl"), Clock.systemUTC()), Optional.empty())
        .apply(planner.install(new EnvRequest(Set.of(shells), Map.of(), false)));
    return new ShellVerification(host, goready).problems(List.of(shells));
  }

  @Test
  void debiansBashrcGivesGoreadysGoInATerminalALoginAndOverSsh() throws Exception {
    Files.writeString(home.resolve(".bashrc"), BlockPlacementTest.DEBIAN_BASHRC);
    assertThat(applyThenVerify(new Shell.Bash())).isEmpty();
  }

  @Test
  void aZshrcThatPutsAnotherGoFirstIsNamedWithItsLineInEveryStartThatReadsIt() throws Exception {
    assumeTrue(host.onPath("zsh"), "zsh is installed in CI (.ci/run)");
    Files.writeString(home.resolve(".zshrc"), "# oh-my-zsh's template\nexport ZSH=\"$HOME/.oh-my-zsh\"\nexport PATH=\"$HOME/sdk/go1.21.0/bin:$PATH\"\n");
    List<String> problems = applyThenVerify(new Shell.Zsh());
    // .zshrc is read by interactive shells only: the terminal sees the other go, ssh's zsh -c does not.
    assertThat(problems).singleElement().asString()
        .startsWith("zsh -i (a terminal): runs " + otherGo.resolve("go") + ", not goready's go: " + home.resolve(".zshrc") + ":3 puts");
  }

  @Test
  void aFishConfigThatSetsPathAfterConfDIsNamed() throws Exception {
    assumeTrue(host.onPath("fish"), "fish is installed in CI (.ci/run)");
    Files.createDirectories(home.resolve(".config/fish"));
    Files.writeString(home.resolve(".config/fish/config.fish"), "if status is-interactive\nend\nset -gx PATH ~/sdk/go1.21.0/bin $PATH\n");
    List<String> problems = applyThenVerify(new Shell.Fish());
    assertThat(problems).hasSize(2).allSatisfy(p -> assertThat(p).contains(home.resolve(".config/fish/config.fish") + ":3 puts"));
  }

  @Test
  void aProfileThatExecsAnotherProgramGivesNoAnswerAndSaysSo() throws Exception {
    Files.writeString(home.resolve(".bashrc"), "exec true\n");
    Files.writeString(home.resolve(".bash_profile"), "exec true\n");
    List<String> problems = applyThenVerify(new Shell.Bash());
    assertThat(problems).isNotEmpty().allSatisfy(p -> assertThat(p).contains("gave no answer").contains("exec another program"));
  }

  /** The files zsh and fish read after goready's: conflicts there are found, fixed on request, and given back by --remove. */
  @Test
  void conflictsInZshrcAndConfigFishAreFixedThenGivenBack() throws Exception {
    assumeTrue(host.onPath("zsh") && host.onPath("fish"), "zsh and fish are installed in CI (.ci/run)");
    String zshrc = "export ZSH=\"$HOME/.oh-my-zsh\"\nexport PATH=\"$HOME/sdk/go1.21.0/bin:$PATH\"\nexport GOROOT=/usr/local/go\n";
    String fish = "if status is-interactive\nend\nfish_add_path ~/sdk/go1.21.0/bin\n";
    Files.writeString(home.resolve(".zshrc"), zshrc);
    Files.createDirectories(home.resolve(".config/fish"));
    Files.writeString(home.resolve(".config/fish/config.fish"), fish);
    EnvPlanner planner = new EnvPlanner(host, goready, Optional.empty());
    Set<Shell> shells = Set.of(new Shell.Zsh(), new Shell.Fish());

    EnvPlan found = planner.install(new EnvRequest(shells, Map.of(), false));
    assertThat(found.warnings()).anyMatch(w -> w.startsWith(home.resolve(".zshrc") + ":2 puts $HOME/sdk/go1.21.0/bin first on PATH"))
        .anyMatch(w -> w.startsWith(home.resolve(".zshrc") + ":3 sets GOROOT itself"))
        .anyMatch(w -> w.startsWith(home.resolve(".config/fish/config.fish") + ":3 puts ~/sdk/go1.21.0/bin first on PATH"));
    assertThat(found.files()).noneMatch(f -> f.path().endsWith(".zshrc")).as("found, not fixed, unless asked");

    EnvApplier applier = new EnvApplier(new AuditLog(goready.resolve("audit.jsonl"), Clock.systemUTC()), Optional.empty());
    applier.apply(planner.install(new EnvRequest(shells, Map.of(), false, Optional.empty(), true)));
    assertThat(Files.readString(home.resolve(".zshrc"))).contains("\n# goready: export PATH=\"$HOME/sdk/go1.21.0/bin:$PATH\"\n# goready: export GOROOT");
    assertThat(new ShellVerification(host, goready).problems(List.of(new Shell.Zsh(), new Shell.Fish()))).isEmpty();

    applier.apply(planner.remove(shells, true));
    assertThat(Files.readString(home.resolve(".zshrc"))).isEqualTo(zshrc);
    assertThat(Files.readString(home.resolve(".config/fish/config.fish"))).isEqualTo(fish);
    assertThat(home.resolve(".zshrc.goready.bak")).as("the backup, identical to the restored file, goes too").doesNotExist();
  }
}
