package dev.goready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.testing.Run;
import dev.goready.testing.TestHost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.Command;

class CommandTreeTest {

  @Test
  void aCommandLineThatNamesOneCommandBuildsOnlyThatOne() {
    assertThat(CommandTree.needed("doctor", "--offline")).containsExactly(DoctorCommand.class);
    assertThat(CommandTree.needed("--debug", "self", "update")).containsExactly(SelfCommand.class);
    assertThat(CommandTree.needed("--version")).isEmpty();
    assertThat(CommandTree.needed("-V", "--debug")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "--help", "-hV", "help doctor", "completion bash", "docter", "--debug --verbose doctor", "--version doctor"})
  void helpCompletionAndAnythingUnrecognisedGetTheWholeTree(String line) {
    String[] args = line.isEmpty() ? new String[0] : line.split(" ");
    if (line.equals("--version doctor")) {
      assertThat(CommandTree.needed(args)).containsExactly(DoctorCommand.class);
      return;
    }
    assertThat(CommandTree.needed(args)).isEqualTo(CommandTree.COMMANDS);
  }

  /** `help X` is built from the whole tree, `X --help` from X alone: the same page means nothing was lost. */
  @Test
  void everyCommandBuiltAloneHasTheHelpItHasInTheWholeTree() {
    for (Class<?> command : CommandTree.COMMANDS) {
      String name = command.getAnnotation(Command.class).name();
      Run alone = Run.of(new TestHost(), name, "--help");
      Run inTree = Run.of(new TestHost(), "help", name);
      assertThat(alone.out()).as(name).isNotBlank().isEqualTo(inTree.out());
      assertThat(alone.exit()).as(name).isZero();
    }
  }

  @Test
  void aMistypedCommandStillGetsASuggestionAndVersionAloneStillPrints() {
    Run typo = Run.of(new TestHost(), "docter");
    assertThat(typo.exit()).isEqualTo(2);
    assertThat(typo.err()).contains("did you mean doctor?");
    Run version = Run.of(new TestHost(), "--version");
    assertThat(version.exit()).isZero();
    assertThat(version.out()).startsWith("goready ").contains("runtime: ", "platform: ");
  }
}
