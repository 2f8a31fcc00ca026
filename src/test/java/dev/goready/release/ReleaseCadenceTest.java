package dev.goready.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ReleaseCadenceTest {

  @Test
  void aLineCountsOnceTwoMonthsHavePassedSinceItsMonth() {
    // go1.22 shipped on 6 February 2024, go1.23 on 13 August 2024, go1.27 is due August 2026.
    assertThat(ReleaseCadence.newestLineBy(LocalDate.of(2024, 3, 31))).hasToString("go1.21.0");
    assertThat(ReleaseCadence.newestLineBy(LocalDate.of(2024, 4, 1))).hasToString("go1.22.0");
    assertThat(ReleaseCadence.newestLineBy(LocalDate.of(2024, 12, 20))).hasToString("go1.23.0");
    assertThat(ReleaseCadence.newestLineBy(LocalDate.of(2026, 12, 4))).hasToString("go1.27.0");
    assertThat(ReleaseCadence.releaseMonth(27)).isEqualTo(YearMonth.of(2026, 8));
    assertThat(ReleaseCadence.releaseMonth(22)).isEqualTo(YearMonth.of(2024, 2));
  }

  @Property(tries = 200)
  void theNewestLineHasShippedAndTheNextHasNotCertainly(@ForAll @IntRange(min = 2016, max = 9999) int year, @ForAll @IntRange(min = 1, max = 12) int month) {
    LocalDate date = LocalDate.of(year, month, 1);
    int minor = ReleaseCadence.newestLineBy(date).minor();
    assertThat(ReleaseCadence.releaseMonth(minor).plusMonths(2)).isBeforeOrEqualTo(YearMonth.from(date));
    assertThat(ReleaseCadence.releaseMonth(minor + 1).plusMonths(2)).isAfter(YearMonth.from(date));
  }
}
