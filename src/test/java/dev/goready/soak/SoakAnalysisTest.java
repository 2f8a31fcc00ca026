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
    Map<String, List<String>> output = new LinkedHashMap<>();
    outcomes.forEach((k, v) -> {
      if (v.equals("fail")) {
        output.put(k, List.of("    net_test.go:12: dial tcp: cycle " + n));
      }
    });
    return new CycleResult(n, start, build, 0, test, failed ? 1 : 0, false, List.of(), outcomes, times, rss, rss / 2, 1.0, 0.0,
        List.of(0.2, 0.4, 12.0), 30, 0, 0, output, List.of());
  }

  static CycleResult brokenBuild(int n, long start, List<String> packages, List<String> output) {
    return new CycleResult(n, start, 1, 1, 0, -1, false, packages, Map.of(), Map.of(), 0, 0, 0, 0, List.of(), 0, 0, 0, Map.of(), output);
  }

  static RunRecord record(List<CycleResult> run) {
    RunRecord record = new RunRecord();
    run.forEach(record::add);
    return record;
  }

  static SoakAnalysis analyse(List<CycleResult> run, Map<String, Double> limits) {
    return SoakAnalysis.of(record(run), limits);
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
    SoakAnalysis a = analyse(run, Map.of());
    assertThat(a.total()).isEqualTo(9);
    assertThat(a.passed()).isEqualTo(5);
    assertThat(a.failed()).isEqualTo(1);
    assertThat(a.skipped()).isEqualTo(3);
    assertThat(a.flaky()).containsExactly(new SoakAnalysis.Flaky("example.com/m/net", "TestFlaky", 2, 1));
    assertThat(a.failedCycles()).isEqualTo(1);
    assertThat(a.ok()).isFalse();
    // The same outcomes in another order and with other timings give the same fingerprint.
    List<CycleResult> again = List.of(cycle(1, 5, 99, 1, 7, outcomes("fail")), cycle(2, 9, 1, 99, 7, outcomes("pass")));
    assertThat(analyse(again, Map.of()).fingerprint()).isEqualTo(a.fingerprint());
    assertThat(analyse(List.of(cycle(1, 0, 1, 1, 1, outcomes("pass"))), Map.of()).fingerprint()).isNotEqualTo(a.fingerprint());
  }

  @Test
  void trendsAreJudgedOnlyFromTenCyclesOverAnHour() {
    List<CycleResult> growing = new ArrayList<>();
    for (int i = 0; i < 12; i++) { // build time grows 1 s per hour from 10 s: +240% a day
      growing.add(cycle(i + 1, i * HOUR / 2, 10 + i * 0.5, 20, 100, outcomes("pass")));
    }
    SoakAnalysis judged = analyse(growing, Map.of());
    SoakAnalysis.ThresholdResult build = judged.thresholds().stream().filter(t -> t.name().equals(Thresholds.BUILD_TIME_TREND)).findFirst().orElseThrow();
    assertThat(build.judged()).isTrue();
    assertThat(build.ok()).isFalse();
    assertThat(judged.buildSecondsPerDay()).isCloseTo(24.0, org.assertj.core.data.Offset.offset(1e-6));
    SoakAnalysis.ThresholdResult test = judged.thresholds().stream().filter(t -> t.name().equals(Thresholds.TEST_TIME_TREND)).findFirst().orElseThrow();
    assertThat(test.ok()).isTrue();

    SoakAnalysis tooShort = analyse(growing.subList(0, 9), Map.of());
    assertThat(tooShort.thresholds().stream().filter(t -> t.name().endsWith("-trend"))).allMatch(t -> !t.judged());
  }

  @Test
  void gcPauseP99IsOverAllPausesAndJudgedOnlyFromAHundred() {
    List<CycleResult> few = List.of(cycle(1, 0, 1, 1, 1, outcomes("pass")));
    SoakAnalysis.ThresholdResult unjudged = p99(analyse(few, Map.of()));
    assertThat(unjudged.judged()).isFalse();
    assertThat(unjudged.basis()).isEqualTo("3 pauses; a p99 needs 100");

    List<CycleResult> run = new ArrayList<>();
    for (int i = 1; i <= 40; i++) { // 120 pauses, 40 of them 12 ms: the p99 is 12, not one cycle's maximum
      run.add(cycle(i, i * 1000L, 1, 1, 1, outcomes("pass")));
    }
    SoakAnalysis strict = analyse(run, Map.of());
    assertThat(strict.pauseP99Ms()).isEqualTo(12.0);
    assertThat(strict.figures().pauseCount()).isEqualTo(120);
    assertThat(strict.figures().pauseMeanMs()).isCloseTo(12.6 / 3, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(p99(strict).judged()).isTrue();
    assertThat(p99(strict).ok()).isFalse();
    assertThat(strict.reasons()).containsExactly("gc-pause-p99 12 is over its limit 10 (120 pauses)");
    SoakAnalysis relaxed = analyse(run, Map.of(Thresholds.GC_PAUSE_P99, 20.0));
    assertThat(relaxed.ok()).isTrue();
    assertThat(relaxed.reasons()).isEmpty();
  }

  private static SoakAnalysis.ThresholdResult p99(SoakAnalysis a) {
    return a.thresholds().stream().filter(t -> t.name().equals(Thresholds.GC_PAUSE_P99)).findFirst().orElseThrow();
  }

  @Test
  void failingTestsAndBrokenBuildsAreNamedWithTheirCyclesAndFirstOutput() {
    List<CycleResult> run = new ArrayList<>();
    for (int i = 1; i <= 60; i++) {
      run.add(cycle(i, i * 1000L, 1, 1, 1, outcomes(i % 2 == 0 ? "fail" : "pass")));
    }
    run.add(brokenBuild(61, 61_000, List.of("example.com/m/calc"), List.of("# example.com/m/calc", "calc/broken.go:3:29: undefined: nope")));
    run.add(brokenBuild(62, 62_000, List.of(), List.of("go: updates to go.mod needed; to update it:")));
    SoakAnalysis a = analyse(run, Map.of());

    FailureDigest.Failure flaky = a.failingTests().getFirst();
    assertThat(flaky.pkg()).isEqualTo("example.com/m/net");
    assertThat(flaky.test()).isEqualTo("TestFlaky");
    assertThat(flaky.count()).isEqualTo(30);
    assertThat(flaky.cycles()).hasSize(30).startsWith(2, 4, 6).endsWith(60);
    assertThat(flaky.output()).containsExactly("    net_test.go:12: dial tcp: cycle 2"); // the first failure's
    assertThat(a.failedBuilds()).extracting(FailureDigest.Failure::pkg).containsExactly("example.com/m/calc", FailureDigest.UNNAMED_BUILD);
    assertThat(a.failedBuilds().getFirst().cycles()).containsExactly(61);
    assertThat(a.failedBuilds().getFirst().output()).contains("calc/broken.go:3:29: undefined: nope");
    assertThat(a.failedBuilds().get(1).output()).containsExactly("go: updates to go.mod needed; to update it:");
    assertThat(a.packages()).containsExactly(new SoakAnalysis.PackageCounts("example.com/m/calc", 2, 60, 0, 60),
        new SoakAnalysis.PackageCounts("example.com/m/net", 1, 30, 30, 0));
    assertThat(a.reasons()).anyMatch(r -> r.startsWith("failed-cycles 32 is over its limit 0 (62 cycles over 1 min"));
  }

  @Test
  void aLongRunKeepsAtMostFiftyCyclesPerFailureButCountsThemAll() {
    List<CycleResult> run = new ArrayList<>();
    for (int i = 1; i <= 500; i++) {
      run.add(cycle(i, i * 1000L, 1, 1, 1, outcomes("fail")));
    }
    FailureDigest.Failure failure = analyse(run, Map.of()).failingTests().getFirst();
    assertThat(failure.count()).isEqualTo(500);
    assertThat(failure.cycles()).hasSize(FailureDigest.CYCLES_SHOWN);
  }

  @Test
  void buildTimeChangeComparesTheLastTenCyclesWithTheFirstTen() {
    List<CycleResult> run = new ArrayList<>();
    for (int i = 1; i <= 30; i++) {
      run.add(cycle(i, i * 1000L, i <= 10 ? 10 : i > 20 ? 11 : 50, 1, 1, outcomes("pass")));
    }
    assertThat(analyse(run, Map.of()).figures().buildTimeChange()).isCloseTo(0.10, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(analyse(run.subList(0, 19), Map.of()).figures().buildTimeChange()).isNaN();
  }
}
