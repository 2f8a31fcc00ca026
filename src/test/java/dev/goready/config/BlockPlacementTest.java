package dev.goready.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the block goes in real people's profiles (EnvPlannerTest runs it in a real bash). */
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


  /**
   * Found by the fuzz campaign (ConfigFilesPropertiesTest#managedBlocksRoundTrip, 3000 tries): a guard
   * after a lone "\r" (or U+2028, U+0085) counted as at a line start, so the block went after the "\r",
   * its begin marker was no line start, and the next env (install or --remove) refused the file as a
   * broken block. Only "\n" starts a line, as for the markers.
   */
  @Test
  void onlyANewlineStartsALine() {
    for (String odd : List.of("\r", "\u2028", "\u0085")) {
      String text = "# ~/.bashrc\n" + odd + "[ -z \"$PS1\" ] && return\nexport EDITOR=vim\n";
      String installed = ManagedBlock.install(text, List.of(". env.sh"), "\n", ".bashrc").orElseThrow();
      assertThat(ManagedBlock.install(installed, List.of(". env.sh"), "\n", ".bashrc")).as("installed twice").isEmpty();
      assertThat(ManagedBlock.remove(installed, ".bashrc")).contains(text);
    }
  }
}
