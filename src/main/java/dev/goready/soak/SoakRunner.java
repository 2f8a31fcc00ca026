package dev.goready.soak;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.host.Host;
import dev.goready.host.Registration;
import dev.goready.release.GoMod;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAccumulator;

/**
 * The soak loop: cycles until the duration or count is reached, or Ctrl-C (which stops after the
 * current step and still writes the report). Each cycle is appended to cycles.jsonl for --resume; a disk
 * that fills up stops the loop cleanly and the report is written from what was gathered.
 */
public final class SoakRunner {
  private final Host host;
  private final SoakOptions options;
  private final Path out;
  private final PrintStream status;
  private final boolean terminal;
  private volatile boolean stopping;
  /**
   * A Ctrl-C reaches the go children and goready at once; the children can die and fail the cycle
   * before the JVM has started its shutdown hook. A failed cycle waits this long for that hook.
   */
  private static final long INTERRUPT_GRACE_MILLIS = 300;

  public SoakRunner(Host host, SoakOptions options, Path out, PrintStream status, boolean terminal) {
    this.host = host;
    this.options = options;
    this.out = out;
    this.status = status;
    this.terminal = terminal;
  }

  public record Finished(SoakAnalysis analysis, boolean interrupted, String stopReason) {}

  /** Runs a new soak, or continues {@code resumed} (its state as saved, options already merged) from its cycles.jsonl. */
  public Finished run(Optional<SoakState> resumed) throws IOException {
    return run(resumed, finished -> {});
  }

  /**
   * As {@link #run(Optional)}, handing the outcome to {@code told} before a Ctrl-C may let the JVM
   * exit: the interrupt waits for it, so the user still reads how the soak ended and where its report is.
   */
  public Finished run(Optional<SoakState> resumed, java.util.function.Consumer<Finished> told) throws IOException {
    Files.createDirectories(out);
    String project = options.project().toRealPath().toString();
    String module = host.readFile(options.project().resolve("go.mod")).flatMap(m -> GoMod.directive(m, "module")).orElse("");
    SoakState state;
    RunRecord record = new RunRecord();
    if (resumed.isPresent()) {
      state = resumed.get();
      if (!state.project().equals(project) || !state.module().equals(module)) {
        throw new GoreadyException(ExitCode.USAGE, out + " is the soak of " + state.project() + " (module " + state.module() + "), not of " + project,
            "resume from the project the soak was started on, or start a new soak with --out");
      }
      CycleLog.read(out, record::add);
    } else {
      if (Files.exists(out.resolve("state.json"))) {
        throw new GoreadyException(ExitCode.USAGE, out + " holds a soak already", "continue it with --resume " + out + ", or give another --out");
      }
      state = new SoakState(project, module, System.currentTimeMillis(), options, List.of());
    }
    state.write(out);
    RoomForTheReport room = RoomForTheReport.hold(out);
    SoakEnvironment environment = SoakEnvironment.probe(host, options.project());
    CountDownLatch written = new CountDownLatch(1);
    Registration interrupt = host.onInterrupt(() -> {
      stopping = true;
      try {
        written.await(60, TimeUnit.SECONDS); // let the loop finish its step and write the report
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    String stopReason = "done";
    LongAccumulator observerRss = new LongAccumulator(Math::max, -1);
    try (BufferedWriter samples = appender(out.resolve("samples.csv"), SoakOutputs.sampleCsvHeader());
        EventLog events = EventLog.open(out, EventLog.SEGMENT_BYTES);
        CycleLog log = CycleLog.open(out)) {
      IoSink sink = new IoSink(samples, events, observerRss);
      CycleExecutor executor = new CycleExecutor(host, options, environment.cache(host), sink::sample, sink::event);
      long deadline = options.duration().map(d -> state.startedEpochMillis() + d.toMillis()).orElse(Long.MAX_VALUE);
      int target = options.cycles().orElse(Integer.MAX_VALUE);
      while (!stopping && record.cycles() < target && System.currentTimeMillis() < deadline) {
        long free = Files.getFileStore(out).getUsableSpace();
        if (free < options.minFreeBytes()) {
          // Stopping here keeps every output whole; waiting for the disk to fill would cost event segments.
          stopReason = String.format(Locale.ROOT, "stopped: %.1f MB free where the results go, under the %.1f MB floor (--min-free)",
              free / 1048576.0, options.minFreeBytes() / 1048576.0);
          break;
        }
        CycleResult result = executor.run(record.cycles() + 1);
        sink.rethrow();
        if (result.failed()) {
          sleep(INTERRUPT_GRACE_MILLIS);
        }
        if (stopping && result.failed()) {
          // Ctrl-C in a terminal reaches the go children too: a cycle it cut short says nothing about the project.
          stopReason = "interrupted; cycle " + result.cycle() + " was cut short and is not counted (--resume repeats it)";
          break;
        }
        log.append(result);
        record.add(result);
        status(record, target, deadline, state.startedEpochMillis());
        if (record.cycles() < target && !stopping) {
          sleep(Math.min(options.interval().toMillis(), Math.max(0, deadline - System.currentTimeMillis())));
        }
      }
      if (stopping && stopReason.equals("done")) {
        stopReason = "interrupted";
      }
    } catch (IOException e) {
      stopReason = "stopped: " + e.getMessage(); // a full disk: the report below is written from what was gathered
    } catch (OutOfMemoryError e) {
      // What failed to fit is garbage now; the run's record is small, so the report still fits.
      stopReason = "stopped: goready ran out of its " + heapCapMb() + " MB heap (raise it with GOREADY_JAVA_OPTS=-Xmx1g)";
    } catch (RuntimeException unexpected) {
      // Without this, a Ctrl-C at exit would wait a minute for a report that never comes.
      written.countDown();
      interrupt.close();
      throw unexpected;
    }
    if (terminal) {
      status.println();
    }
    try {
      SoakAnalysis analysis = SoakAnalysis.of(record, options.thresholds());
      room.release();
      stopReason = writeOutputs(record.rows(), analysis, state, environment, stopReason, observerRss.get());
      Finished finished = new Finished(analysis, stopping, stopReason);
      told.accept(finished);
      return finished;
    } finally {
      written.countDown();
      interrupt.close();
    }
  }

  /**
   * The report, summary and CSVs, into the room held for them. Should even that not be enough, the oldest
   * event segments give up their room one at a time.
   */
  private String writeOutputs(List<CycleRow> cycles, SoakAnalysis analysis, SoakState state, SoakEnvironment environment, String stopReason,
      long observerRss) throws IOException {
    String reason = stopReason;
    int deleted = 0;
    while (true) {
      try {
        SoakOutputs.write(out, cycles, analysis, new RunFacts(state, environment, System.currentTimeMillis(), reason, observerRss));
        return reason;
      } catch (IOException full) {
        if (!EventLog.deleteOldest(out)) {
          throw full;
        }
        deleted++;
        reason = stopReason + "; " + deleted + (deleted == 1 ? " event segment (the oldest) was" : " event segments (the oldest) were")
            + " deleted to make room for the report";
      }
    }
  }

  /** Writers shared by the sampler and output threads; the first write failure stops the soak. */
  private static final class IoSink {
    private final BufferedWriter samples;
    private final EventLog events;
    private final LongAccumulator observerRss;
    private volatile IOException failure;

    IoSink(BufferedWriter samples, EventLog events, LongAccumulator observerRss) {
      this.samples = samples;
      this.events = events;
      this.observerRss = observerRss;
    }

    synchronized void sample(Sample s) {
      observerRss.accumulate(s.goreadyRssBytes());
      write(samples, SoakOutputs.sampleCsvRow(s));
    }

    synchronized void event(String line) {
      write(() -> events.write(line));
    }

    private void write(BufferedWriter writer, String text) {
      write(() -> writer.write(text));
    }

    private void write(IoAction action) {
      if (failure != null) {
        return;
      }
      try {
        action.run();
      } catch (IOException e) {
        failure = e;
      }
    }

    private interface IoAction {
      void run() throws IOException;
    }

    synchronized void rethrow() throws IOException {
      if (failure != null) {
        throw failure;
      }
      samples.flush();
      events.flush();
    }
  }

  /** Appends to a CSV after its last whole row (a kill -9 can cut one short), with the header if it is new. */
  private static BufferedWriter appender(Path file, String header) throws IOException {
    if (Files.exists(file)) {
      TornTail.cut(file);
    }
    boolean fresh = !Files.exists(file) || Files.size(file) == 0;
    BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    if (fresh) {
      writer.write(header);
    }
    return writer;
  }

  private void status(RunRecord record, int target, long deadline, long started) {
    if (!terminal) {
      return;
    }
    int done = record.cycles();
    long elapsed = System.currentTimeMillis() - started;
    String of = target == Integer.MAX_VALUE ? "" : " of " + target;
    long remaining = deadline != Long.MAX_VALUE ? deadline - System.currentTimeMillis()
        : target == Integer.MAX_VALUE ? 0 : elapsed / done * (target - done);
    status.print(String.format(Locale.ROOT, "\rcycle %d%s · %s elapsed · ETA %s · %d failed · %d flaky\u001b[K",
        done, of, clock(elapsed), clock(Math.max(0, remaining)), record.failedCycles(), record.flakyTests()));
    status.flush();
  }

  /** goready's own heap limit (-Xmx; the launcher caps soak at 256 MB), stated so the observer's cost is known. */
  public static long heapCapMb() {
    return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() / (1024 * 1024);
  }

  static String clock(long millis) {
    Duration d = Duration.ofMillis(millis);
    return String.format(Locale.ROOT, "%02d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
  }

  private void sleep(long millis) {
    long end = System.currentTimeMillis() + millis;
    while (!stopping && System.currentTimeMillis() < end) {
      try {
        Thread.sleep(Math.min(200, Math.max(1, end - System.currentTimeMillis())));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
