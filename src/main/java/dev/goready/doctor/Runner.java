package dev.goready.doctor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs every check at once, each under the deadline, and reports them in their fixed order. A check
 * that throws becomes error, one that overruns becomes timeout; neither sinks the others nor makes
 * doctor wait past the deadline.
 */
public final class Runner {
  private Runner() {}

  public static Report run(List<Check> checks, Probe probe, Set<String> only, Set<String> skip) {
    Duration timeout = probe.options().timeout();
    ExecutorService executor = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("doctor-", 0).factory());
    try {
      List<Future<CheckReport>> futures = new ArrayList<>();
      for (Check check : checks) {
        futures.add(executor.submit(() -> runOne(check, probe, only, skip)));
      }
      long deadline = System.nanoTime() + timeout.toNanos();
      List<CheckReport> reports = new ArrayList<>();
      for (int i = 0; i < checks.size(); i++) {
        reports.add(await(checks.get(i), futures.get(i), deadline, timeout));
      }
      return new Report(probe.host().os().goos(), probe.platform().goarch(), probe.kind(), List.copyOf(reports));
    } finally {
      executor.shutdownNow(); // a hung probe is abandoned, not waited for
    }
  }

  private static CheckReport runOne(Check check, Probe probe, Set<String> only, Set<String> skip) {
    long start = System.nanoTime();
    Result result;
    if ((!only.isEmpty() && !only.contains(check.id())) || skip.contains(check.id())) {
      result = Result.skip(only.isEmpty() ? "skipped by --skip" : "not in --only");
    } else if (!check.machines().contains(probe.kind())) {
      result = Result.skip(check.notHere(probe.kind()));
    } else {
      try {
        result = check.run(probe);
      } catch (Exception | LinkageError | AssertionError e) {
        result = new Result(Status.ERROR, "the check crashed: " + e, List.of("this is a bug in goready; rerun with --debug and report it"), java.util.Optional.empty());
      }
    }
    return new CheckReport(check.id(), check.area(), result, Duration.ofNanos(System.nanoTime() - start).toMillis());
  }

  private static CheckReport await(Check check, Future<CheckReport> future, long deadline, Duration timeout) {
    try {
      return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      return new CheckReport(check.id(), check.area(),
          new Result(Status.TIMEOUT, "no answer within " + timeout.toMillis() + " ms", List.of("raise the deadline with --timeout, or skip it with --skip " + check.id()), java.util.Optional.empty()),
          timeout.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new CheckReport(check.id(), check.area(), new Result(Status.ERROR, "interrupted", List.of(), java.util.Optional.empty()), 0);
    } catch (ExecutionException e) {
      return new CheckReport(check.id(), check.area(), new Result(Status.ERROR, "the check crashed: " + e.getCause(), List.of(), java.util.Optional.empty()), 0);
    }
  }
}
