package dev.goready.soak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goready.host.Host;
import dev.goready.host.PathStatus;
import dev.goready.host.ProcessOutcome;
import dev.goready.host.ProcessSpec;
import dev.goready.host.ThisProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * One cycle: the build, then the tests with -json and GODEBUG=gctrace=1, each sampled. The tests'
 * events are kept per test; gctrace lines inside the tests' output are the project's GC, while the
 * go command's own (on its stderr) are counted apart.
 */
final class CycleExecutor {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern NETWORK_ERROR = Pattern.compile(
      "dial tcp|i/o timeout|no such host|connection refused|connection reset|TLS handshake timeout|unexpected EOF|proxy\\.golang\\.org.*(40[0-9]|50[0-9])");

  private static final Pattern BUILD_FAILED = Pattern.compile("^FAIL\\s+\\S+ \\[(build|setup) failed\\]");

  private final Host host;
  private final SoakOptions options;
  private final Map<String, String> env;
  private final Path cacheDir;
  private final Consumer<Sample> samples;
  private final Consumer<String> events;

  /** Steps run through the host with its environment; GOCACHE's free space is sampled alongside them. */
  CycleExecutor(Host host, SoakOptions options, Path cacheDir, Consumer<Sample> samples, Consumer<String> events) {
    this.host = host;
    this.options = options;
    this.env = host.environment();
    this.cacheDir = cacheDir;
    this.samples = samples;
    this.events = events;
  }

  CycleResult run(int cycle) {
    long start = System.currentTimeMillis();
    java.util.OptionalDouble cpuBefore = ThisProcess.reapedChildrenCpuSeconds();
    List<Sample> seen = new ArrayList<>();
    Consumer<Sample> sink = s -> {
      seen.add(s);
      samples.accept(s);
    };
    int[] network = {0};
    int[] fetches = {0};
    FailureOutput buildErrors = new FailureOutput();
    Consumer<String> buildLine = line -> {
      buildErrors.buildOutput(line);
      if (line.contains("go: downloading")) {
        fetches[0]++;
      }
      if (NETWORK_ERROR.matcher(line).find()) {
        network[0]++;
      }
      events.accept(record(cycle, "build", line, null));
    };
    ProcessOutcome build = step(options.build(), env, cycle, "build", sink, buildLine, buildLine);

    Map<String, String> outcomes = new LinkedHashMap<>();
    Map<String, String> started = new LinkedHashMap<>(); // test key → package, for tests that ran
    Map<String, String> packageOutcomes = new LinkedHashMap<>();
    Map<String, Double> times = new LinkedHashMap<>();
    List<String> failedBuilds = new ArrayList<>();
    FailureOutput failures = new FailureOutput();
    List<Double> pauses = new ArrayList<>();
    int[] peakHeap = {0};
    Map<String, String> testEnv = new java.util.HashMap<>(env);
    testEnv.merge("GODEBUG", "gctrace=1", (old, add) -> old.isEmpty() ? add : old + "," + add);
    Consumer<String> testOut = line -> {
      JsonNode parsed = json(line);
      events.accept(record(cycle, "test", line, parsed));
      TestEvent.of(parsed).ifPresent(event -> {
        if (event.isTest() && event.action().equals("run")) {
          started.put(event.pkg() + " " + event.test(), event.pkg());
        }
        if (event.isTest() && event.isOutcome()) {
          String key = event.pkg() + " " + event.test();
          outcomes.put(key, event.action());
          times.put(key, event.elapsed());
          failures.outcome(key, event.action());
        }
        if (event.isTest() && event.action().equals("output")) {
          failures.testOutput(event.pkg() + " " + event.test(), event.output());
        }
        if (!event.isTest() && event.isOutcome()) {
          packageOutcomes.put(event.pkg(), event.action());
        }
        if (!event.failedBuild().isEmpty()) {
          failedBuilds.add(event.failedBuild());
        }
        if (event.action().equals("build-fail") || (!event.isTest() && BUILD_FAILED.matcher(event.output()).find())) {
          failedBuilds.add(event.pkg()); // Go 1.24+ says build-fail; before, only the package's "FAIL pkg [build failed]" line
        }
        if (event.action().equals("build-output")) {
          failures.buildOutput(event.output());
        }
        if (event.action().equals("output") || event.action().equals("build-output")) {
          GcTrace.parse(event.output()).ifPresent(gc -> {
            pauses.add(gc.pauseMs());
            peakHeap[0] = Math.max(peakHeap[0], gc.heapStartMb());
          });
          if (NETWORK_ERROR.matcher(event.output()).find() && event.action().equals("build-output")) {
            network[0]++;
          }
        }
      });
    };
    Consumer<String> testErr = line -> {
      // The go command's own gctrace lines land here: they are not the project's GC and are not counted.
      if (GcTrace.parse(line).isEmpty()) {
        events.accept(record(cycle, "test-stderr", line, null));
        failures.buildOutput(line); // before Go 1.24 the compiler's errors come here
        if (NETWORK_ERROR.matcher(line).find()) {
          network[0]++;
        }
      }
    };
    ProcessOutcome test = build.timedOut()
        ? new ProcessOutcome(-1, 0, false)
        : step(options.testCommand(), testEnv, cycle, "test", sink, testOut, testErr);

    inferLostOutcomes(started, packageOutcomes, outcomes);
    List<String> buildOutput = List.of();
    if (build.exit() != 0) {
      buildOutput = buildErrors.build();
      buildOutput.stream().filter(l -> l.startsWith("# ")).map(l -> l.substring(2).strip()).distinct().forEach(failedBuilds::add);
    } else if (!failedBuilds.isEmpty()) {
      buildOutput = failures.build();
    }
    long peakRss = seen.stream().mapToLong(Sample::rssBytes).max().orElse(0);
    long meanRss = (long) seen.stream().mapToLong(Sample::rssBytes).average().orElse(0);
    java.util.OptionalDouble cpuAfter = ThisProcess.reapedChildrenCpuSeconds();
    double cpu = cpuBefore.isPresent() && cpuAfter.isPresent()
        ? cpuAfter.getAsDouble() - cpuBefore.getAsDouble()
        : maxCpu(seen, "build") + maxCpu(seen, "test");
    return new CycleResult(cycle, start, build.seconds(), build.exit(), test.seconds(), test.exit(), build.timedOut() || test.timedOut(),
        failedBuilds.stream().distinct().toList(), outcomes, times, peakRss, meanRss, cpu, maxIoWait(seen, "build") + maxIoWait(seen, "test"), List.copyOf(pauses), peakHeap[0], network[0], fetches[0],
        failures.failedTests(), buildOutput);
  }

  private ProcessOutcome step(List<String> argv, Map<String, String> stepEnv, int cycle, String step, Consumer<Sample> sink,
      Consumer<String> stdout, Consumer<String> stderr) {
    ProcessSpec spec = new ProcessSpec(argv, options.project(), stepEnv, options.stepTimeout(), options.sampleInterval());
    return host.spawn(spec, s -> sink.accept(Sample.of(s, cycle, step, cacheFreeBytes())), stdout, stderr);
  }

  private long cacheFreeBytes() {
    return host.pathStatus(cacheDir).map(PathStatus::freeBytes).orElse(-1L);
  }

  /**
   * A gctrace line the runtime writes to stderr can land inside "--- PASS: TestX", and test2json then
   * never reports TestX's outcome. A package passes only if every test in it passed, so a test that
   * ran in a passing package passed; in a failing package its outcome stays unknown and uncounted.
   */
  static void inferLostOutcomes(Map<String, String> started, Map<String, String> packageOutcomes, Map<String, String> outcomes) {
    started.forEach((key, pkg) -> {
      if (!outcomes.containsKey(key) && "pass".equals(packageOutcomes.get(pkg))) {
        outcomes.put(key, "pass");
      }
    });
  }

  private static double maxCpu(List<Sample> samples, String step) {
    return samples.stream().filter(s -> s.step().equals(step)).mapToDouble(Sample::cpuSeconds).max().orElse(0);
  }

  /** The tree's block-I/O delay is cumulative per process, so a step's is its largest sample; -1 (no /proc) counts as none. */
  private static double maxIoWait(List<Sample> samples, String step) {
    return Math.max(0, samples.stream().filter(s -> s.step().equals(step)).mapToDouble(Sample::ioWaitSeconds).max().orElse(0));
  }

  /** The line as JSON, or null when it is not a JSON object (junk in the stream is kept as text). */
  private static JsonNode json(String line) {
    if (!line.strip().startsWith("{")) {
      return null;
    }
    try {
      JsonNode node = JSON.readTree(line);
      return node != null && node.isObject() ? node : null;
    } catch (IOException e) {
      return null;
    }
  }

  /** One line of the event log (events-*.jsonl.gz): the raw test event (or the raw text, when it is not JSON) with its cycle. */
  private static String record(int cycle, String stream, String line, JsonNode parsed) {
    ObjectNode node = JSON.createObjectNode().put("cycle", cycle).put("stream", stream);
    if (parsed != null) {
      node.set("event", parsed);
    } else {
      node.put("text", line);
    }
    try {
      return JSON.writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
