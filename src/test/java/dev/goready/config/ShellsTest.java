package dev.goready.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShellsTest {
  /** The compiler makes a new shell answer everything; this makes sure it is also in the one list. */
  @Test
  void everyShellTypeIsListedOnceWithItsOwnId() {
    assertThat(Shells.ALL.stream().map(Object::getClass)).containsExactlyInAnyOrderElementsOf(leaves(Shell.class));
    assertThat(Shells.ids()).doesNotHaveDuplicates();
  }

  @Test
  void parseIgnoresBlanksAndCaseAndKnowsNoOtherShell() {
    assertThat(Shells.parse(" Bash ")).contains(new Shell.Bash());
    assertThat(Shells.parse("POWERSHELL")).contains(new Shell.WindowsPowerShell());
    assertThat(Shells.parse("tcsh")).isEqualTo(Optional.empty());
    assertThat(Shells.parse("all")).isEqualTo(Optional.empty());
  }

  private static List<Class<?>> leaves(Class<?> type) {
    if (!type.isSealed()) {
      return List.of(type);
    }
    List<Class<?>> found = new ArrayList<>();
    for (Class<?> sub : type.getPermittedSubclasses()) {
      found.addAll(leaves(sub));
    }
    return found;
  }
}
