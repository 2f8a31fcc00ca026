package dev.goready.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FailureOutputTest {
  @Test
  void aFailingTestKeepsItsFirstLinesWithoutProgressOrGctraceAndAPassingOneForgetsThem() {
    FailureOutput out = new FailureOutput();
    out.testOutput("m TestA", "=== RUN   TestA\n");
    out.testOutput("m TestA", "    a_test.go:9: want 2, got 3\n");
    out.testOutput("m TestA", "gc 4 @0.019s 2%: 0.010+0.52+0.003 ms clock, 0.041+0.10/0.44/0.69+0.012 ms cpu, 4->4->0 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 4 P\n");
    out.testOutput("m TestB", "    b_test.go:3: noise\n");
    for (int i = 0; i < 50; i++) {
      out.testOutput("m TestA", "line " + i + "\n");
    }
    out.outcome("m TestB", "pass");
    out.outcome("m TestA", "fail");
    assertThat(out.failedTests()).containsOnlyKeys("m TestA");
    List<String> lines = out.failedTests().get("m TestA");
    assertThat(lines).hasSize(FailureOutput.LINES).startsWith("    a_test.go:9: want 2, got 3", "line 0");
  }

  @Test
  void buildOutputSkipsDownloadsAndCutsLongLines() {
    FailureOutput out = new FailureOutput();
    out.buildOutput("go: downloading golang.org/x/sys v0.1.0");
    out.buildOutput("# example.com/m/calc");
    out.buildOutput("x".repeat(1000));
    assertThat(out.build()).hasSize(2).first().isEqualTo("# example.com/m/calc");
    assertThat(out.build().get(1)).hasSize(FailureOutput.LINE_CHARS + 1).endsWith("…");
  }
}
