package dev.goready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.ExitCode;
import dev.goready.testing.Run;
import dev.goready.testing.TestHost;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingTest {
  /** A renamed option would leave the AOT cache trained on a usage error, not on the command. */
  @Test
  void everyTrainingCommandIsOneGoreadyAccepts() {
    for (List<String> command : Training.COMMANDS) {
      Run run = Run.of(new TestHost(), command.toArray(String[]::new));
      assertThat(run.exit()).as(String.join(" ", command) + "\n" + run).isNotEqualTo(ExitCode.USAGE.code());
    }
  }
}
