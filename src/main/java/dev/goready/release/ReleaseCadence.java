package dev.goready.release;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Go's release calendar: since go1.6 (February 2016) a new minor line has shipped every February and
 * August, without a miss. From the date alone this says which line must exist by then, so an index
 * cached months ago cannot keep an old line "supported".
 */
public final class ReleaseCadence {
  /** go1.6 shipped in February 2016; every line after it six months later. */
  private static final int FIRST_MINOR = 6;
  private static final YearMonth FIRST_RELEASE = YearMonth.of(2016, 2);
  /** A line ships in the middle of its month at the latest; two months later it is certain. */
  private static final int MONTHS_OF_SLACK = 2;

  private ReleaseCadence() {}

  /** The newest go1.N line that has certainly shipped by {@code date} (go1.27 from October 2026). */
  public static GoVersion newestLineBy(LocalDate date) {
    long months = FIRST_RELEASE.until(YearMonth.from(date), java.time.temporal.ChronoUnit.MONTHS) - MONTHS_OF_SLACK;
    int minor = months < 0 ? FIRST_MINOR - 1 : FIRST_MINOR + (int) Math.min(months / 6, Integer.MAX_VALUE - FIRST_MINOR - 1);
    return new GoVersion(1, minor, 0, GoVersion.PreRelease.RELEASE, 0);
  }

  /** The month a line shipped or is due (go1.27 → 2026-08); lines before go1.6 are not on the calendar. */
  public static YearMonth releaseMonth(int minor) {
    return FIRST_RELEASE.plusMonths(6L * (minor - FIRST_MINOR));
  }
}
