package dev.goready.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SoakAnalysisTest {
  static final long HOUR = 3_600_000;

  static CycleResult cycle(int n, long start, double build, double test, long rss, Map<String, String> outcomes) {
    Map<String, Double> times = new LinkedHashMap<>();
    outcomes.keySet().forEach(k -> times.put(k, 0.1 * n));
    boolean failed = outcomes.containsValue("fail");
    return new CycleResult(n, start, build, 0, test, failed ? 1 : 0, false, List.of(), outcomes, times, rss, rss / 2, 1.0, List.of(0.2, 0.4, 12.0), 30, 0, 0);
  }

  static Map<String, String> outcomes(String flaky) {
    Map<String, String> outcomes = new LinkedHashMap<>();
    outcomes.put("example.com/m/calc TestAdd", "pass");
    outcomes.put("example.com/m/calc TestSkipped", "skip");
    outcomes.put("example.com/m/net TestFlaky", flaky);
    return outcomes;
  }

  @Test
  void countsFlakyTestsAndFingerprintsOutcomesWithoutTimings() {
    List<CycleResult> run = List.of(cycle(1, 0, 10, 20, 100, outcomes("pass")), cycle(2, HOUR, 10, 20, 100, outcomes("fail")), cycle(3, 2 * HOUR, 10, 20, 100, outcomes("pass")));
    SoakAnalysis a = SoakAnalysis.of(run, Map.of());
    assertThat(a.total()).isEqualTo(9);
    assertThat(a.passed()).isEqualTo(5);
    assertThat(a.failed()).isEqualTo(1);
    assertThat(a.skipped()).isEqualTo(3);
    assertThat(a.flaky()).containsExactly(new SoakAnalysis.Flaky("example.com/m/net", "TestFlaky", 2, 1));
    assertThat(a.failedCycles()).isEqualTo(1);
    assertThat(a.ok()).isFalse();
    // The same outcomes in another order and with other timings give the same fingerprint.
    List<CycleResult> again = List.of(cycle(1, 5, 99, 1, 7, outcomes("fail")), cycle(2, 9, 1, 99, 7, outcomes("pass")));
    assertThat(SoakAnalysis.of(again, Map.of()).fingerprint()).isEqualTo(a.fingerprint());
    assertThat(SoakAnalysis.of(List.of(cycle(1, 0, 1, 1, 1, outcomes("pass"))), Map.of()).fingerprint()).isNotEqualTo(a.fingerprint());
  }

  @Test
  void trendsAreJudgedOnlyFromTenCyclesOverAnHour() {
    List<CycleResult> growing = new ArrayList<>();
    for (int i = 0; i < 12; i++) { // build time grows 1 s per hour from 10 s: +240% a day
      growing.add(cycle(i + 1, i * HOUR / 2, 10 + i * 0.5, 20, 100, outcomes("pass")));
    }
    SoakAnalysis judged = SoakAnalysis.of(growing, Map.of());
    SoakAnalysis.ThresholdResult build = judged.thresholds().stream().filter(t -> t.name().equals(Thresholds.BUILD_TIME_TREND)).findFirst().orElseThrow();
    assertThat(build.judged()).isTrue();
    assertThat(build.ok()).isFalse();
    assertThat(judged.buildSecondsPerDay()).isCloseTo(24.0, org.assertj.core.data.Offset.offset(1e-6));
    SoakAnalysis.ThresholdResult test = judged.thresholds().stream().filter(t -> t.name().equals(Thresholds.TEST_TIME_TREND)).findFirst().orElseThrow();
    assertThat(test.ok()).isTrue();

    SoakAnalysis tooShort = SoakAnalysis.of(growing.subList(0, 9), Map.of());
    assertThat(tooShort.thresholds().stream().filter(t -> t.name().endsWith("-trend"))).allMatch(t -> !t.judged());
  }

  @Test
  void gcPauseP99AndOverriddenLimits() {
    List<CycleResult> run = List.of(cycle(1, 0, 1, 1, 1, outcomes("pass")));
    SoakAnalysis strict = SoakAnalysis.of(run, Map.of());
    assertThat(strict.pauseP99Ms()).isEqualTo(12.0);
    assertThat(strict.thresholds().stream().filter(t -> t.name().equals(Thresholds.GC_PAUSE_P99)).findFirst().orElseThrow().ok()).isFalse();
    SoakAnalysis relaxed = SoakAnalysis.of(run, Map.of(Thresholds.GC_PAUSE_P99, 20.0));
    assertThat(relaxed.ok()).isTrue();
  }
}
