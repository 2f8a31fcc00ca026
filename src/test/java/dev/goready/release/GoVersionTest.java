package dev.goready.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoVersionTest {

  private static GoVersion v(String text) {
    return GoVersion.parse(text).orElseThrow(() -> new AssertionError("unparsable: " + text));
  }

  @ParameterizedTest(name = "{0} < {1}")
  @CsvSource({
    "go1.9beta2, go1.9rc1",
    "go1.9rc1, go1.9",
    "go1.9, go1.9.1",
    "go1.20rc1, go1.20",
    "go1.20, go1.20.1",
    "go1.21rc2, go1.21.0",
    "go1.21.0, go1.21.1",
    "go1.9.1, go1.10",
    "go1.10beta1, go1.10",
    "go1.21rc1, go1.21rc2",
    "go1.22.10, go1.23rc1",
  })
  void ordersLikeGo(String lower, String higher) {
    assertThat(v(lower)).isLessThan(v(higher));
    assertThat(v(higher)).isGreaterThan(v(lower));
  }

  @Test
  void aLineWithoutPatchIsItsFirstRelease() {
    assertThat(v("go1.20")).isEqualByComparingTo(v("go1.20.0"));
    assertThat(v("go1.21")).isEqualTo(v("go1.21.0"));
    assertThat(v("1.22.5")).isEqualTo(v("go1.22.5"));
  }

  @Test
  void sortsAMixedListIntoGoOrder() {
    List<String> expected = List.of("go1.9beta2", "go1.9rc1", "go1.9", "go1.9.1", "go1.20rc1", "go1.20", "go1.20.1", "go1.21rc2", "go1.21.0", "go1.21.1");
    List<GoVersion> shuffled = new ArrayList<>(expected.stream().map(GoVersionTest::v).toList());
    Collections.shuffle(shuffled, new java.util.Random(7));
    Collections.sort(shuffled);
    assertThat(shuffled).containsExactlyElementsOf(expected.stream().map(GoVersionTest::v).toList());
  }

  @Test
  void spellsVersionsTheWayGoDoes() {
    assertThat(v("1.20").toString()).isEqualTo("go1.20");
    assertThat(v("1.21").toString()).isEqualTo("go1.21.0");
    assertThat(v("1.22.5").toString()).isEqualTo("go1.22.5");
    assertThat(v("go1.21rc2").toString()).isEqualTo("go1.21rc2");
    assertThat(v("go1.9beta2").toString()).isEqualTo("go1.9beta2");
  }

  @ParameterizedTest
  @CsvSource({"latest", "go", "1.x", "go1.21.1rc1", "v1.22", "1.22.5.1", "''"})
  void rejectsWhatIsNotAVersion(String text) {
    assertThat(GoVersion.parse(text)).isEmpty();
  }

  @Test
  void stabilityFollowsThePreReleaseSuffix() {
    assertThat(v("go1.22.5").isStable()).isTrue();
    assertThat(v("go1.23rc1").isStable()).isFalse();
    assertThat(v("go1.9beta2").isStable()).isFalse();
  }

  /** Found by fuzzing: a number past int's range threw NumberFormatException instead of "not a version". */
  @Test
  void hugeNumbersAreNotVersions() {
    assertThat(GoVersion.parse("99999999999")).isEmpty();
    assertThat(GoVersion.parse("go1.99999999999")).isEmpty();
    assertThat(GoVersion.parse("go1.22.9223372036854775808")).isEmpty();
    assertThat(GoVersion.parse("go1.22rc4294967296")).isEmpty();
  }
}
