package dev.goready.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.testing.Fuzz;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

@Tag("fuzz")
class ConflictLinesTest {
  @Provide
  Arbitrary<String> profiles() {
    return Fuzz.near(
        "export GOROOT=/usr/local/opt/go/libexec\r\nalias ll='ls -l'\r\n",
        "  export PATH=\"$HOME/sdk/go1.21.0/bin:$PATH\"\nset -gx GOROOT /usr/local/go\n",
        "$env:GOROOT = 'C:\\Go'\n\n",
        "no final newline");
  }

  /** Whatever lines are commented out, restoring gives back every byte: --remove's promise. */
  @Property
  void commentedLinesAreGivenBackByteForByte(@ForAll("profiles") String text, @ForAll long seed) {
    if (text.lines().anyMatch(line -> line.startsWith(ConflictLines.MARKER))) {
      return; // a line the user wrote with goready's marker is not goready's to keep apart
    }
    int count = text.split("\n", -1).length;
    Set<Integer> lines = new TreeSet<>();
    java.util.Random random = new java.util.Random(seed);
    for (int i = 0; i < count; i++) {
      if (random.nextBoolean()) {
        lines.add(i);
      }
    }
    String commented = ConflictLines.comment(text, lines);
    assertThat(commented.split("\n", -1)).hasSize(count);
    assertThat(ConflictLines.restore(commented)).isEqualTo(text);
  }
}
