package dev.goready.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.audit.AuditLog;
import dev.goready.testing.TestHost;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the block goes in real people's profiles, and that it works there, in a real bash. */
class BlockPlacementTest {
  static final String DEBIAN_BASHRC = """
      # ~/.bashrc: executed by bash(1) for non-login shells.

      # If not running interactively, don't do anything
      case $- in
          *i*) ;;
            *) return;;
      esac

      HISTCONTROL=ignoreboth
      alias ll='ls -alF'
      """;

  @TempDir Path home;
  Path goready;
  TestHost host;

  @BeforeEach
  void setUp() {
    goready = home.resolve(".local/share/goready");
    host = new TestHost().with("HOME", home.toString()).with("PATH", "/usr/bin:/bin");
  }

  EnvPlan install() {
    return new EnvPlanner(host, goready, Optional.empty()).install(new EnvRequest(Set.of(new Shell.Bash()), Map.of(), false));
  }

  void apply(EnvPlan plan) {
    new EnvApplier(new AuditLog(goready.resolve("audit.jsonl"), Clock.systemUTC()), Optional.empty()).apply(plan);
  }

  @Test
  void debiansNonInteractiveGuardGetsTheBlockBeforeItAndSshStyleShellsFindGo() throws Exception {
    Files.writeString(home.resolve(".bashrc"), DEBIAN_BASHRC);
    apply(install());
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
    assertThat(Files.readString(home.resolve(".bashrc"))).isEqualTo(DEBIAN_BASHRC);
  }

  @Test
  void oneLineGuardsAndLinesThatMustStayLastComeAfterTheBlock() {
    for (String tail : List.of("[ -z \"$PS1\" ] && return\n", "[[ $- != *i* ]] && return\n", "[[ -o interactive ]] || return\n",
        "#THIS MUST BE AT THE END OF THE FILE FOR SDKMAN TO WORK!!!\nexport SDKMAN_DIR=\"$HOME/.sdkman\"\n",
        "# >>> conda initialize >>>\n__conda_setup=\"$('/opt/conda/bin/conda' 'shell.bash' 'hook')\"\n# <<< conda initialize <<<\n",
        "eval \"$(oh-my-posh init bash --config ~/jandedobbeleer.omp.json)\"\n", "exec zsh\n")) {
      String text = "export EDITOR=vim\n" + tail;
      String installed = ManagedBlock.install(text, List.of(". env.sh"), "\n", ".bashrc").orElseThrow();
      assertThat(installed).as(tail).startsWith("export EDITOR=vim\n" + ManagedBlock.BEGIN).endsWith(tail);
      assertThat(ManagedBlock.remove(installed, ".bashrc")).as(tail).contains(text);
    }
    String plain = "export EDITOR=vim\n";
    assertThat(ManagedBlock.install(plain, List.of(". env.sh"), "\n", ".bashrc").orElseThrow()).startsWith(plain).endsWith(ManagedBlock.END + "\n");
  }

  @Test
  void anotherGoPutFirstOnPathAfterTheBlockIsReportedWhenThereIsAGoThere() throws Exception {
    Path otherGo = Files.createDirectories(home.resolve("sdk/go1.21.0/bin"));
    Files.writeString(otherGo.resolve("go"), "#!/bin/sh\n");
    Files.writeString(home.resolve(".bashrc"), DEBIAN_BASHRC + "export PATH=$HOME/sdk/go1.21.0/bin:$PATH\nexport PATH=/opt/nothing/go/bin:$PATH\n");
    EnvPlan plan = install();
    assertThat(plan.warnings()).anyMatch(w -> w.contains(".bashrc:11 puts $HOME/sdk/go1.21.0/bin first on PATH after goready's block")
        && w.contains("the go there runs instead of goready's"));
    assertThat(plan.warnings()).noneMatch(w -> w.contains("/opt/nothing/go/bin"));
  }

  @Test
  void aStaleGorootAndAnotherGosGorootAreReportedForWhatTheyDo() throws Exception {
    Path otherGo = Files.createDirectories(home.resolve("sdk/go1.21.0/bin"));
    Files.writeString(otherGo.resolve("go"), "#!/bin/sh\n");
    Files.writeString(home.resolve(".bashrc"), "export GOROOT=/usr/local/go-removed\nexport GOROOT=\"$HOME/sdk/go1.21.0\"\n");
    List<String> warnings = install().warnings();
    assertThat(warnings).anyMatch(w -> w.contains(".bashrc:1 sets GOROOT itself") && w.contains("cannot find GOROOT directory"));
    assertThat(warnings).anyMatch(w -> w.contains(".bashrc:2 sets GOROOT itself") && w.contains("two toolchains mixed"));
  }
}
