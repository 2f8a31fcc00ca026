package dev.goready.soak;

import dev.goready.testing.Fuzz;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/** Fuzz targets for what a soak cycle's go process prints: `go test -json` events and gctrace lines. */
@Tag("fuzz")
class SoakPropertiesTest {
  @Provide
  Arbitrary<String> testEvents() {
    return Fuzz.near(
        "{\"Time\":\"2024-07-02T10:15:30.123456789Z\",\"Action\":\"run\",\"Package\":\"example.com/app\",\"Test\":\"TestParse\"}",
        "{\"Time\":\"2024-07-02T10:15:30.2Z\",\"Action\":\"output\",\"Package\":\"example.com/app\",\"Test\":\"TestParse\","
            + "\"Output\":\"=== RUN   TestParse\\n\"}",
        "{\"Time\":\"2024-07-02T10:15:31Z\",\"Action\":\"pass\",\"Package\":\"example.com/app\",\"Test\":\"TestParse\",\"Elapsed\":0.01}",
        "{\"Time\":\"2024-07-02T10:15:31Z\",\"Action\":\"fail\",\"Package\":\"example.com/app\",\"Elapsed\":1.234}");
  }

  @Property
  void testEventsParseOrAreSkipped(@ForAll("testEvents") String line) {
    Fuzz.only(line, () -> TestEvent.parse(line));
  }

  @Provide
  Arbitrary<String> gcTraces() {
    return Fuzz.near(
        "gc 1 @0.011s 2%: 0.012+1.2+0.003 ms clock, 0.098+0.45/1.1/0.21+0.027 ms cpu, 4->4->0 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 8 P",
        "gc 27 @12.345s 1%: 0.050+3.1+0.021 ms clock, 0.40+0.80/6.0/12+0.17 ms cpu, 120->124->62 MB, 125 MB goal, 0 MB stacks, 0 MB globals, 16 P (forced)",
        "gc 3 @0.105s 0%: 0.019+0.55+0.002 ms clock, 0.15+0/0.95/0.30+0.022 ms cpu, 3->3->1 MB, 4 MB goal, 8 P");
  }

  @Property
  void gcTracesParseOrAreSkipped(@ForAll("gcTraces") String line) {
    Fuzz.only(line, () -> GcTrace.parse(line));
  }
}
