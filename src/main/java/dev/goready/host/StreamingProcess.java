package dev.goready.host;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * {@link RealHost#spawn}: runs one long step as a child process, streaming its stdout and stderr
 * line by line to the caller (so huge test output is never held in memory), sampling its process
 * tree, and killing the whole tree when it overruns the timeout.
 */
final class StreamingProcess {
  private StreamingProcess() {}

  static ProcessOutcome run(ProcessSpec spec, File nullDevice, Consumer<ProcessSample> samples, Consumer<String> stdout, Consumer<String> stderr) {
    ProcessBuilder builder = new ProcessBuilder(spec.argv()).directory(spec.dir().toFile()).redirectInput(ProcessBuilder.Redirect.from(nullDevice));
    builder.environment().clear(); // the caller's environment only, so a test host controls it too
    builder.environment().putAll(spec.env());
    long start = System.nanoTime();
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      stderr.accept(spec.argv().getFirst() + ": " + e.getMessage());
      return new ProcessOutcome(127, 0, false);
    }
    Thread out = pump(process.getInputStream(), stdout);
    Thread err = pump(process.getErrorStream(), stderr);
    boolean finished;
    try (ProcessTreeSampler sampler = new ProcessTreeSampler(process.toHandle(), spec.sampleInterval().toMillis(), samples)) {
      finished = process.waitFor(spec.timeout().toMillis(), TimeUnit.MILLISECONDS);
      if (!finished) {
        killTree(process); // a hung test binary is a grandchild
        process.waitFor(10, TimeUnit.SECONDS);
      }
      out.join(10_000);
      err.join(10_000);
    } catch (InterruptedException e) {
      killTree(process);
      Thread.currentThread().interrupt();
      finished = false;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new ProcessOutcome(finished ? process.exitValue() : -1, seconds, !finished);
  }

  private static void killTree(Process process) {
    process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }

  private static Thread pump(InputStream in, Consumer<String> lines) {
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
}
