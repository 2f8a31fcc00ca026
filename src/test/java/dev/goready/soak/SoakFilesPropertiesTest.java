package dev.goready.soak;

import dev.goready.GoreadyException;
import dev.goready.testing.Fuzz;
import dev.goready.testing.TestFiles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/**
 * A soak's folder is read back by --resume (state.json) and soak compare (summary.json, outcomes.json,
 * state.json) after hours in which anything may have touched it: whatever they hold, the answer is the
 * run or a one-line error, never a crash.
 */
@Tag("fuzz")
class SoakFilesPropertiesTest {
  static final String STATE = "{\"schema\": 2, \"project\": \"/p\", \"module\": \"example.com/p\", \"startedEpochMillis\": 42, \"options\": {\"project\": \"/p\","
      + " \"duration\": \"PT72H\", \"interval\": \"PT1M30S\", \"build\": [\"go\", \"build\", \"./...\"], \"test\": [\"go\", \"test\", \"./...\"], \"race\": true,"
      + " \"stepTimeout\": \"PT30M\", \"sampleInterval\": \"PT1S\", \"thresholds\": {\"gc-pause-p99\": 20.0}, \"minFreeBytes\": 268435456}, \"overrides\": []}";
  static final String SUMMARY = "{\"schema\": 1, \"cycles\": 4, \"failedCycles\": 1, \"tests\": {\"total\": 8, \"passed\": 7, \"failed\": 1, \"skipped\": 0},"
      + " \"trends\": {\"buildSecondsPerDay\": 0.1}, \"thresholds\": [{\"name\": \"build-time-trend\", \"judged\": false}], \"fingerprint\": \"sha256:ab\"}";
  static final String OUTCOMES = "{\"m TestA\": \"pass\", \"m TestB\": \"flaky\"}";

  /** The samples the mutations start from are real: they resume and compare. */
  @org.junit.jupiter.api.Test
  void theSamplesAreAStateThatResumesAndFoldersThatCompare(@org.junit.jupiter.api.io.TempDir Path root) throws Exception {
    Path a = Files.createDirectories(root.resolve("a"));
    Path b = Files.createDirectories(root.resolve("b"));
    for (Path dir : List.of(a, b)) {
      Files.writeString(dir.resolve("state.json"), STATE);
      Files.writeString(dir.resolve("summary.json"), SUMMARY);
      Files.writeString(dir.resolve("outcomes.json"), OUTCOMES);
    }
    org.assertj.core.api.Assertions.assertThat(SoakState.read(a).options().race()).isTrue();
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    org.assertj.core.api.Assertions.assertThat(SoakCompare.compare(a, b, sink, sink)).isTrue();
  }

  @Provide
  Arbitrary<String> states() {
    return Fuzz.near(List.of(STATE, "{\"schema\": 2, \"project\": \"/p\"}", "[]", ""));
  }

  @Property
  void anyStateJsonResumesOrIsRefusedInOneLine(@ForAll("states") String state) throws Exception {
    Path dir = Files.createTempDirectory("soak-state");
    try {
      Files.write(dir.resolve("state.json"), state.getBytes(StandardCharsets.UTF_8));
      Fuzz.only(state, () -> SoakState.read(dir), GoreadyException.class);
    } finally {
      TestFiles.deleteTree(dir);
    }
  }

  @Provide
  Arbitrary<String> summaries() {
    return Fuzz.near(List.of(SUMMARY, OUTCOMES, STATE, "{}", "null"));
  }

  @Property
  void anySoakFoldersCompareOrAreRefusedInOneLine(@ForAll("summaries") String summary, @ForAll("summaries") String outcomes,
      @ForAll("summaries") String state) throws Exception {
    Path root = Files.createTempDirectory("soak-compare");
    try {
      Path a = Files.createDirectories(root.resolve("a"));
      Path b = Files.createDirectories(root.resolve("b"));
      for (Path dir : List.of(a, b)) {
        Files.write(dir.resolve("summary.json"), summary.getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("outcomes.json"), outcomes.getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("state.json"), state.getBytes(StandardCharsets.UTF_8));
      }
      PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
      Fuzz.only(List.of(summary, outcomes, state), () -> SoakCompare.compare(a, b, sink, sink), GoreadyException.class);
    } finally {
      TestFiles.deleteTree(root);
    }
  }
}
