package dev.goready.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ParsersTest {

  static List<String> recorded() throws IOException {
    try (var in = Objects.requireNonNull(ParsersTest.class.getResourceAsStream("/soak/go1.24-test-json.txt"))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  @Test
  void readsEveryActionIncludingGo124BuildEventsAndSkipsJunk() throws IOException {
    List<TestEvent> events = recorded().stream().map(TestEvent::parse).flatMap(Optional::stream).toList();
    assertThat(events).hasSize(17); // 19 lines; the "go: downloading" line and the broken JSON are not events
    assertThat(events).extracting(TestEvent::action).contains("build-output", "build-fail", "start", "run", "output", "pause", "cont", "pass", "skip", "bench", "fail");
    TestEvent buildFail = events.get(2);
    assertThat(buildFail.pkg()).isEqualTo("example.com/app/broken [example.com/app/broken.test]");
    TestEvent failedBuild = events.get(5);
    assertThat(failedBuild.failedBuild()).isEqualTo("example.com/app/broken [example.com/app/broken.test]");
    assertThat(failedBuild.isTest()).isFalse();
    TestEvent pass = events.stream().filter(e -> e.action().equals("pass")).findFirst().orElseThrow();
    assertThat(pass.test()).isEqualTo("TestAdd");
    assertThat(pass.elapsed()).isEqualTo(0.4);
    assertThat(TestEvent.parse("{\"Output\":\"no action\"}")).isEmpty();
    assertThat(TestEvent.parse("")).isEmpty();
  }

  @Test
  void readsGctraceInBothFormats() {
    GcTrace newer = GcTrace.parse("gc 1 @0.004s 2%: 0.011+0.52+0.004 ms clock, 0.045+0.10/0.31/0.44+0.018 ms cpu, 4->4->0 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 4 P").orElseThrow();
    assertThat(newer.number()).isEqualTo(1);
    assertThat(newer.pauseMs()).isEqualTo(0.015, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(newer.heapStartMb()).isEqualTo(4);
    assertThat(newer.goalMb()).isEqualTo(4);
    GcTrace older = GcTrace.parse("gc 252 @4316.062s 0%: 0.013+2.9+0.050 ms clock, 0.10+0.23/5.4/12+0.40 ms cpu, 16->17->8 MB, 17 MB goal, 8 P").orElseThrow();
    assertThat(older.number()).isEqualTo(252);
    assertThat(older.pauseMs()).isEqualTo(0.063, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(older.heapStartMb()).isEqualTo(16);
    assertThat(older.liveMb()).isEqualTo(8);
    assertThat(GcTrace.parse("gc 3 @1.000s 5%: 12+100+13 ms clock, 48+1/2/3+52 ms cpu, 900->950->400 MB, 1000 MB goal, 2 MB stacks, 1 MB globals, 4 P (forced)").orElseThrow().pauseMs()).isEqualTo(25);
    assertThat(GcTrace.parse("=== RUN   TestAdd")).isEmpty();
  }

  /** Found by SoakPropertiesTest: a goal past int's range was a NumberFormatException that stopped the soak. */
  @Test
  void aGcTraceWithAHugeNumberIsSkipped() {
    assertThat(GcTrace.parse("gc 27 @12.345s 1%: 0.050+3.1+0.021 ms clock, 0.40+0.0/6.0/12+0.17 ms cpu, 120->124->62 MB, 99999999999999999999999999125 MB goal, 16 P")).isEmpty();
    assertThat(GcTrace.parse("gc 27 @12.345s 1%: 0.050+3.1.2+0.021 ms clock, 0.40 ms cpu, 120->124->62 MB, 125 MB goal, 16 P")).isPresent();
    assertThat(GcTrace.parse("gc 27 @12.345s 1%: 0.0.50+3.1+0.021 ms clock, 0.40 ms cpu, 120->124->62 MB, 125 MB goal, 16 P")).isEmpty();
  }
}
