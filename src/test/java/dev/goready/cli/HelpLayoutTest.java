package dev.goready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.testing.Run;
import dev.goready.testing.TestHost;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Every --help as a user reads it at 80 and 120 columns: nothing past the edge, no word split, tables aligned. */
class HelpLayoutTest {
  static final List<Integer> WIDTHS = Helps.WIDTHS;

  @ParameterizedTest(name = "{0} columns")
  @FieldSource("WIDTHS")
  void noLinePassesTheWidthUnlessItIsOneWordTooLongToBreak(int columns) {
    for (String help : Helps.at(columns).values()) {
      for (String line : help.split("\n")) {
        if (line.codePointCount(0, line.length()) > columns) {
          assertThat(line.strip()).as("a line past %d columns must be one unbreakable word:\n%s", columns, help).doesNotContain(" ");
        }
      }
    }
  }

  /** picocli broke after any dot inside a word: "1.22.|x", "go.|mod", "dl.|google.|com". */
  @ParameterizedTest(name = "{0} columns")
  @FieldSource("WIDTHS")
  void versionsFileNamesAndUrlsStayWhole(int columns) {
    String install = Run.of(new TestHost().with("COLUMNS", String.valueOf(columns)), "install", "--help").out();
    assertThat(install).contains("1.22.x)", "go.mod.", "https://dl.google.com/go", "https://go.dev/dl/?mode=json&include=all");
    for (String help : Helps.at(columns).values()) {
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

  /** picocli wrapped the synopsis inside an option: "[--from=FILE.|zip|DIR]", "[--|[no-]hook]". */
  @ParameterizedTest(name = "{0} columns")
  @FieldSource("WIDTHS")
  void everySynopsisLineHoldsWholeOptions(int columns) {
    for (String help : Helps.at(columns).values()) {
      String[] lines = help.substring(help.indexOf("Usage: ")).split("\n");
      for (int i = 0; i < lines.length && (i == 0 || lines[i].startsWith(" ")); i++) {
        assertThat(depth(lines[i])).as("brackets open or closed across lines:\n" + help).isZero();
      }
    }
  }

  private static int depth(String line) {
    return (int) (line.chars().filter(c -> c == '[').count() - line.chars().filter(c -> c == ']').count());
  }

  @ParameterizedTest(name = "{0} columns")
  @FieldSource("WIDTHS")
  void environmentRowsContinueUnderTheirText(int columns) {
    String help = Run.of(new TestHost().with("COLUMNS", String.valueOf(columns)), "install", "--help").out();
    String text = "toolchains, downloads and the audit log";
    int column = help.indexOf(text) - help.lastIndexOf("\n", help.indexOf(text)) - 1;
    String row = help.substring(help.indexOf("  GOREADY_AUTO_INSTALL"));
    String continuation = row.split("\n")[1];
    assertThat(continuation.length() - continuation.stripLeading().length()).isEqualTo(column);
  }

  @Test
  void everyCommandAndArgumentHasADescription() {
    for (String help : Helps.at(80).values()) {
      for (String line : help.split("\n")) {
        assertThat(line).as("a table row without its text:\n" + help).doesNotMatch("^ {2,8}[A-Z_\\[\\]]+$");
      }
    }
  }

  /** "${fpath[1]}" read as a picocli variable printed "null"; %% came out doubled; "ID,…[,ID,…...]". */
  @Test
  void noVariableFormatOrLabelLeftovers() {
    for (String help : Helps.at(80).values()) {
      assertThat(help).doesNotContain("null", "%%", "…[,", "...[,");
    }
  }

  @Test
  void widthFollowsColumnsWithinReadableBounds() {
    assertThat(HelpWidth.of(new TestHost())).isEqualTo(80);
    assertThat(HelpWidth.of(new TestHost().with("COLUMNS", "120"))).isEqualTo(120);
    assertThat(HelpWidth.of(new TestHost().with("COLUMNS", "300"))).isEqualTo(120);
    assertThat(HelpWidth.of(new TestHost().with("COLUMNS", "20"))).isEqualTo(55);
    assertThat(HelpWidth.of(new TestHost().with("COLUMNS", "wide"))).isEqualTo(80);
    Collection<String> wide = Helps.at(120).values();
    assertThat(wide).anyMatch(help -> help.lines().anyMatch(line -> line.length() > 100));
  }
}
