package dev.goready.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  static final long START = 1_764_547_200_000L; // 2025-12-01T00:00:00Z
  static final long INTERVAL = 90_000;

  /** A run of {@code n} cycles 90 s apart whose only failure is cycle {@code failing}, by a test with a hostile name. */
  static List<CycleResult> run(int n, int failing) {
    List<CycleResult> cycles = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      Map<String, String> outcomes = new LinkedHashMap<>();
      outcomes.put("example.com/m TestOk", "pass");
      outcomes.put("example.com/m Test<script>alert(1)</script>", i == failing ? "fail" : "pass");
      cycles.add(SoakAnalysisTest.cycle(i, START + (i - 1) * INTERVAL, 10 + (i % 7) * 0.1, 20, 100_000_000L + i, outcomes));
    }
    return cycles;
  }

  static String render(List<CycleResult> cycles) {
    SoakOptions options = new SoakOptions(Path.of("/p"), Optional.of(Duration.ofHours(72)), Optional.empty(), Duration.ofSeconds(90),
        List.of("go", "build", "./..."), List.of("go", "test", "-count=1", "./..."), true, Duration.ofMinutes(30), Duration.ofSeconds(1), Map.of(), 1L << 28);
    SoakState state = new SoakState("/p", "example.com/m", START, options, List.of());
    SoakEnvironment env = new SoakEnvironment("linux", "wsl2", "5.15.153.1-microsoft-standard-WSL2", new Machine("AMD EPYC 7763", 16, 64L << 30),
        "go version go1.23.4 linux/amd64", Map.of("GOOS", "linux", "GOARCH", "amd64"), "0123456789abcdef0123456789abcdef01234567", false);
    long end = cycles.getLast().startEpochMillis() + INTERVAL;
    RunRecord record = SoakAnalysisTest.record(cycles);
    return HtmlReport.render(record.rows(), SoakAnalysis.of(record, Map.of()), new RunFacts(state, env, end, "done", 150L << 20));
  }

  @Test
  void threeThousandCyclesDrawAsPerBucketBandsNoLargerThanThreeHundredAndALoneFailureIsMarkedOnEveryChart() {
    String small = render(run(300, 150));
    String large = render(run(3000, 1500));
    assertThat(large.length()).as("bucketed charts: the page does not grow with the cycles").isLessThan(small.length() * 3 / 2);
    assertThat(large).contains("class=\"band\"", "Dec 1 00:00", "Dec 4 02:58 UTC</text>");
    assertThat(count(large, "<line class=\"failure-mark\"")).as("one red mark on each of the four measured charts").isEqualTo(4);
    assertThat(count(large, "<rect class=\"failure-mark\"")).as("and one red bar in the timeline").isEqualTo(1);
    assertThat(count(large, "stroke-dasharray")).as("build, test and RSS trends are judged over 75 h").isEqualTo(3);
  }

  @Test
  void aShortRunDrawsItsCyclesAsPointsWithoutTrendLines() {
    String html = render(run(30, 0));
    assertThat(html).doesNotContain("class=\"band\"", "stroke-dasharray", "class=\"failure-mark\"").contains("<circle ", "00:43 UTC</text>");
  }

  @Test
  void theHeaderStatesWhatAnAuditorSignsAndOutsideTextIsEscaped() {
    String html = render(run(40, 7));
    assertThat(html).contains("id=\"verdict\" class=\"verdict bad\">FAILED", "<li>failed-cycles 1 is over its limit 0 (40 cycles over 59 min)</li>")
        .contains("<th>module</th><td><code>example.com/m</code>", "0123456789abcdef0123456789abcdef01234567</code>")
        .contains("go test -json -race -count=1 ./...", "<th>-race</th><td><code>yes", "wsl2 · linux · kernel 5.15.153.1-microsoft-standard-WSL2")
        .contains("AMD EPYC 7763 · 16 CPUs · 64.0 GiB RAM", "2025-12-01T00:00:00Z", "01:00:00 (40 cycles)", "heap capped at", "150 MiB peak RSS · ")
        .contains("example.com/m.Test&lt;script&gt;alert(1)&lt;/script&gt;", "1 of 40", "dial tcp: cycle 7")
        .contains("@media print", "break-inside:avoid")
        .doesNotContain("<script>");
  }

  @Test
  void aSuiteThatFailsWholeListsItsHundredMostFrequentFailuresAndPointsToTheRest() {
    Map<String, String> outcomes = new LinkedHashMap<>();
    for (int t = 0; t < 150; t++) {
      outcomes.put("example.com/m TestBroken" + t, "fail");
    }
    String html = render(List.of(SoakAnalysisTest.cycle(1, START, 1, 1, 1, outcomes)));
    assertThat(count(html, "<tr class=\"failure\">")).isEqualTo(HtmlReport.FAILURES_SHOWN);
    assertThat(html).contains("50 more in summary.json.");
  }

  private static int count(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }
}
