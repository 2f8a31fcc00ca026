package dev.goready.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CycleExecutorTest {

  /** Seen for real: GODEBUG=gctrace=1 output landing inside "--- PASS: TestAllocates" hides that test's pass event. */
  @Test
  void aTestWhoseOutcomeTest2jsonLostPassedIfItsPackagePassed() {
    Map<String, String> started = new LinkedHashMap<>();
    started.put("m/calc TestAllocates", "m/calc");
    started.put("m/net TestDial", "m/net");
    Map<String, String> packages = Map.of("m/calc", "pass", "m/net", "fail");
    Map<String, String> outcomes = new LinkedHashMap<>();
    CycleExecutor.inferLostOutcomes(started, packages, outcomes);
    assertThat(outcomes).containsExactly(Map.entry("m/calc TestAllocates", "pass"));
  }
}
