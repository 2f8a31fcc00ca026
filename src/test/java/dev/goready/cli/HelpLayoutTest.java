package dev.goready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.testing.Run;
import dev.goready.testing.TestHost;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every --help as a user reads it at 80 columns: nothing past the edge, no word split, tables aligned. */
class HelpLayoutTest {
  static List<String> helps() {
    List<String> helps = new ArrayList<>();
    for (CommandLine command : HelpExamplesTest.commands(HelpExamplesTest.tree())) {
      List<String> args = new ArrayList<>(List.of(command.getCommandSpec().qualifiedName().split(" ")));
      args.removeFirst();
      args.add("--help");
      helps.add(Run.of(new TestHost(), args.toArray(String[]::new)).out());
    }
    return helps;
  }

  @Test
  void noLinePassesEightyColumnsUnlessItIsOneWordTooLongToBreak() {
    for (String help : helps()) {
      for (String line : help.split("\n")) {
        if (line.codePointCount(0, line.length()) > 80) {
          assertThat(line.strip()).as("a line past 80 columns must be one unbreakable word:\n" + help).doesNotContain(" ");
        }
      }
    }
  }

  /** picocli broke after any dot inside a word: "1.22.|x", "go.|mod", "dl.|google.|com". */
  @Test
  void versionsFileNamesAndUrlsStayWhole() {
    String install = Run.of(new TestHost(), "install", "--help").out();
    assertThat(install).contains("1.22.x)", "go.mod.", "https://dl.google.com/go", "https://go.dev/dl/?mode=json&include=all");
    for (String help : helps()) {
      String[] lines = help.split("\n");
      for (int i = 0; i + 1 < lines.length; i++) {
        // A line ending inside a dotted word ("1.22." or "dl.google.") and the next going on with its rest.
        String last = lines[i].substring(lines[i].lastIndexOf(' ') + 1);
        boolean splitAfterDot = last.matches(".*[A-Za-z0-9]\\.[A-Za-z0-9]+\\.$") && !last.matches("\\(?(e\\.g|i\\.e)\\.")
            && lines[i + 1].strip().matches("^[a-z0-9].*");
        assertThat(splitAfterDot).as("split after a dot:\n" + lines[i] + "\n" + lines[i + 1]).isFalse();
      }
    }
  }

  @Test
  void environmentRowsContinueUnderTheirText() {
    String help = Run.of(new TestHost(), "install", "--help").out();
    int column = help.indexOf("toolchains, downloads and the audit log") - help.lastIndexOf("\n", help.indexOf("toolchains, downloads and the audit log")) - 1;
    String source = help.substring(help.indexOf("  GOREADY_SOURCE"));
    String continuation = source.split("\n")[1];
    assertThat(continuation.length() - continuation.stripLeading().length()).isEqualTo(column);
  }
}
