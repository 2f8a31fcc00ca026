package dev.goready.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionResolverTest {

  @ParameterizedTest(name = "{0} (pre={1}) -> {2}")
  @CsvSource({
    "latest, false, go1.22.5",
    "latest, true, go1.23rc1",
    "1.22, false, go1.22.5",
    "go1.21, false, go1.21.12",
    "1.21.0, false, go1.21.0",
    "go1.21rc2, false, go1.21rc2",
    "1.20, false, go1.20",
    "1.20.0, false, go1.20",
    "go1.22.4, false, go1.22.4",
  })
  void resolvesSelectors(String selector, boolean pre, String expected) throws IOException {
    assertThat(VersionResolver.resolve(ReleaseIndexTest.sample(), Selector.parse(selector), pre).version()).isEqualTo(expected);
  }

  @Test
  void aMinimumTakesTheNewestStableAtOrAboveIt() throws IOException {
    var min = new Selector.AtLeast(GoVersion.parse("1.21").orElseThrow());
    assertThat(VersionResolver.resolve(ReleaseIndexTest.sample(), min, false).version()).isEqualTo("go1.22.5");
  }

  @Test
  void anUnknownVersionListsTheNearestOnes() {
    assertThatThrownBy(() -> VersionResolver.resolve(ReleaseIndexTest.sample(), Selector.parse("1.22.9"), false))
        .isInstanceOfSatisfying(GoreadyException.class, e -> {
          assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
          assertThat(e.getMessage()).contains("go1.22.9");
          assertThat(e.hint()).hasValueSatisfying(h -> assertThat(h).contains("go1.22.4", "go1.22.5", "go1.23rc1"));
        });
  }

  @Test
  void anUnknownLineSaysSoAndSuggestsPre() {
    assertThatThrownBy(() -> VersionResolver.resolve(ReleaseIndexTest.sample(), Selector.parse("1.23"), false))
        .isInstanceOfSatisfying(GoreadyException.class, e -> assertThat(e.hint()).hasValueSatisfying(h -> assertThat(h).contains("go1.23rc1", "--pre")));
  }

  @Test
  void garbageIsAUsageError() {
    assertThatThrownBy(() -> Selector.parse("newest"))
        .isInstanceOfSatisfying(GoreadyException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE));
  }

  /** Found by fuzzing: a selector line past int's range threw NumberFormatException. */
  @Test
  void aHugeSelectorIsAUsageError() {
    assertThatThrownBy(() -> Selector.parse("1.99999999999"))
        .isInstanceOfSatisfying(GoreadyException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE));
    assertThatThrownBy(() -> Selector.parse("99999999999"))
        .isInstanceOfSatisfying(GoreadyException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE));
  }
}
