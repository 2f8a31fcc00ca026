package dev.goready.soak;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs one step (build or test) as a child process, streaming its stdout and stderr line by line to
 * the caller (so huge test output is never held in memory), sampling its process tree, and killing
 * the whole tree when it overruns the step timeout.
 */
final class StepRunner {
  record Outcome(int exit, double seconds, boolean timedOut) {}

  private StepRunner() {}

  static Outcome run(List<String> argv, Path dir, Map<String, String> env, Duration timeout, int cycle, String step, long sampleMillis,
      Path cacheDir, Consumer<Sample> samples, Consumer<String> stdout, Consumer<String> stderr) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(argv).directory(dir.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullFile()));
    builder.environment().clear(); // the host's environment, so a test host controls it too
    builder.environment().putAll(env);
    long start = System.nanoTime();
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      stderr.accept(argv.getFirst() + ": " + e.getMessage());
      return new Outcome(127, 0, false);
    }
    Thread out = pump(process.getInputStream(), stdout);
    Thread err = pump(process.getErrorStream(), stderr);
    boolean finished;
    try (ProcessTreeSampler sampler = new ProcessTreeSampler(process.toHandle(), cycle, step, sampleMillis, cacheDir, samples)) {
      finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (!finished) {
        process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly); // a hung test binary is a grandchild
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
      out.join(10_000);
      err.join(10_000);
    } catch (InterruptedException e) {
      process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      finished = false;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Outcome(finished ? process.exitValue() : -1, seconds, !finished);
  }

  private static Thread pump(java.io.InputStream in, Consumer<String> lines) {
    return Thread.ofPlatform().daemon().start(() -> {
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = reader.readLine()) != null) {
          lines.accept(line);
        }
      } catch (IOException e) {
        // the process was killed: what arrived was delivered
      }
    });
  }

  private static java.io.File nullFile() {
    return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }
}
