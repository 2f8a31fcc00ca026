package dev.goready;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class TerminalTextTest {
  @Test
  void controlsAndBidiOverridesBecomeVisible() {
    assertThat(TerminalText.escape("go1.22\u001b[2J.linux-amd64.tar.gz")).isEqualTo("go1.22\\x1b[2J.linux-amd64.tar.gz");
    assertThat(TerminalText.escape("evil\u202egz.rat")).isEqualTo("evil\\u202egz.rat");
    assertThat(TerminalText.escape("bell\u0007 del\u007f c1\u009b")).isEqualTo("bell\\x07 del\\x7f c1\\x9b");
    assertThat(TerminalText.escape("line one\n\tline two é")).isEqualTo("line one\n\tline two é");
  }

  @Property
  void nothingThatMovesTheCursorSurvives(@ForAll String text) {
    String safe = TerminalText.escape(text);
    assertThat(safe.chars()).noneMatch(c -> (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e));
    assertThat(TerminalText.escape(safe)).isEqualTo(safe);
  }
}
