package dev.goready.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

class RunRecordTest {
  @Provide
  Arbitrary<List<Map<String, String>>> runs() {
    Arbitrary<String> tests = Arbitraries.of("m TestA", "m TestB", "m TestB/sub", "n TestA", "n TestC", "o TestZ");
    Arbitrary<String> outcomes = Arbitraries.of("pass", "fail", "skip");
    return Arbitraries.maps(tests, outcomes).ofMaxSize(6).map(LinkedHashMap::new).map(m -> (Map<String, String>) m).list().ofMaxSize(12);
  }

  /** The record's running tallies say what recounting every cycle's outcomes from scratch says. */
  @Property
  void tallyingAsCyclesArriveAgreesWithRecountingThemAll(@ForAll("runs") List<Map<String, String>> run) {
    List<CycleResult> cycles = new ArrayList<>();
    for (int n = 0; n < run.size(); n++) {
      cycles.add(SoakAnalysisTest.cycle(n + 1, 1_700_000_000_000L + n * 3_600_000L, 1 + n, 2 + n % 3, 1_000_000L * (n + 1), run.get(n)));
    }
    SoakAnalysis a = SoakAnalysisTest.analyse(cycles, Map.of());

    Map<String, int[]> counts = new TreeMap<>();
    run.forEach(outcomes -> outcomes.forEach((test, outcome) -> counts.computeIfAbsent(test, t -> new int[3])[List.of("pass", "fail", "skip").indexOf(outcome)]++));
    Map<String, String> expected = new TreeMap<>();
    counts.forEach((test, c) -> expected.put(test, c[0] > 0 && c[1] > 0 ? "flaky" : c[1] > 0 ? "fail" : c[0] > 0 ? "pass" : "skip"));
    assertThat(a.outcomes()).isEqualTo(expected);
    assertThat(a.flaky()).hasSize((int) expected.values().stream().filter("flaky"::equals).count());
    assertThat(a.total()).isEqualTo(run.stream().mapToLong(Map::size).sum());
    assertThat(a.failedCycles()).isEqualTo((int) run.stream().filter(o -> o.containsValue("fail")).count());
    assertThat(a.packages().stream().mapToLong(p -> p.passed() + p.failed() + p.skipped()).sum()).isEqualTo(a.total());
    assertThat(a.failingTests().stream().mapToInt(FailureDigest.Failure::count).sum()).isEqualTo((int) a.failed());
    RunRecord record = SoakAnalysisTest.record(cycles);
    assertThat(record.flakyTests()).isEqualTo(a.flaky().size());
    assertThat(record.rows()).extracting(CycleRow::testsPassed).isEqualTo(cycles.stream().map(c -> (int) c.count("pass")).toList());
  }

  /** Percentiles over all pauses from the fixed histogram are within its 2% of the exact nearest-rank ones (from 1 µs, gctrace's resolution). */
  @Property
  void pausePercentilesAreWithinTwoPercentOfExact(@ForAll @Size(min = 1, max = 400) List<@DoubleRange(min = 0.001, max = 5000) @net.jqwik.api.constraints.Scale(6) Double> pauses,
      @ForAll @DoubleRange(min = 0.01, max = 1.0) double p) {
    PauseHistogram histogram = new PauseHistogram();
    pauses.forEach(histogram::add);
    double exact = SoakAnalysis.percentile(pauses.stream().sorted().toList(), p);
    assertThat(histogram.percentile(p)).isBetween(exact / 1.0201, exact * 1.0201);
    assertThat(histogram.max()).isEqualTo(pauses.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
    assertThat(histogram.count()).isEqualTo(pauses.size());
  }
}
