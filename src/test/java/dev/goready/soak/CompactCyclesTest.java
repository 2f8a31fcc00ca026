package dev.goready.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CompactCyclesTest {
  @Provide
  Arbitrary<List<Map<String, String>>> runs() {
    Arbitrary<String> tests = Arbitraries.of("m TestA", "m TestB", "m TestB/sub", "n TestA", "n TestC", "o TestZ");
    Arbitrary<String> outcomes = Arbitraries.of("pass", "fail", "skip", "bench");
    return Arbitraries.maps(tests, outcomes).ofMaxSize(6).map(LinkedHashMap::new).map(m -> (Map<String, String>) m).list().ofMaxSize(8);
  }

  /**
   * Held compactly, a run's cycles are the same cycles: the analysis and the CSV see no difference. Only
   * the first failure of each test keeps its output, which is all the report shows.
   */
  @Property
  void compactCyclesEqualTheOriginalsAndAnalyseAlike(@ForAll("runs") List<Map<String, String>> run) {
    CompactCycles compact = new CompactCycles();
    List<CycleResult> original = new java.util.ArrayList<>();
    for (int n = 0; n < run.size(); n++) {
      original.add(SoakAnalysisTest.cycle(n + 1, 1_700_000_000_000L + n * 3_600_000L, 1 + n, 2 + n % 3, 1_000_000L * (n + 1), run.get(n)));
    }
    List<CycleResult> kept = original.stream().map(compact::compact).toList();
    assertThat(kept.stream().map(CompactCyclesTest::withoutOutput).toList()).isEqualTo(original.stream().map(CompactCyclesTest::withoutOutput).toList());
    java.util.Set<String> failedBefore = new java.util.HashSet<>();
    for (int n = 0; n < run.size(); n++) {
      for (Map.Entry<String, List<String>> e : original.get(n).failureOutput().entrySet()) {
        assertThat(kept.get(n).failureOutput().get(e.getKey())).isEqualTo(failedBefore.add(e.getKey()) ? e.getValue() : null);
      }
    }
    for (int n = 0; n < run.size(); n++) {
      assertThat(kept.get(n).count("pass")).isEqualTo(original.get(n).count("pass"));
      assertThat(List.copyOf(kept.get(n).outcomes().keySet())).isEqualTo(List.copyOf(original.get(n).outcomes().keySet()));
    }
    assertThat(SoakAnalysis.of(kept, Map.of())).isEqualTo(SoakAnalysis.of(original, Map.of()));
  }

  private static CycleResult withoutOutput(CycleResult c) {
    return new CycleResult(c.cycle(), c.startEpochMillis(), c.buildSeconds(), c.buildExit(), c.testSeconds(), c.testExit(), c.timedOut(),
        c.failedBuilds(), c.outcomes(), c.testTimes(), c.peakRssBytes(), c.meanRssBytes(), c.cpuSeconds(), c.ioWaitSeconds(), c.gcPausesMs(),
        c.peakHeapMb(), c.networkFailures(), c.moduleFetches(), Map.of(), c.buildOutput());
  }
}
