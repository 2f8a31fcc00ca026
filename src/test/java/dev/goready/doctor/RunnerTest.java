package dev.goready.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.testing.Fixtures;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The runner's promises: a crash is error, a hang is timeout, neither sinks the others, and doctor never waits past the deadline. */
class RunnerTest {

  interface Body {
    Result run(Probe probe) throws Exception;
  }

  static Check check(String id, Body body) {
    return new Check() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public Result run(Probe probe) throws Exception {
        return body.run(probe);
      }
    };
  }

  static Probe probe(Duration timeout) {
    var host = Fixtures.host("doctor/debian-12");
    return new Probe(host, new DoctorOptions(timeout, false, Optional.empty(), host.home().resolve(".local/share/goready")));
  }

  @Test
  void aCheckForOtherMachinesIsSkippedWithoutRunning() {
    java.util.concurrent.atomic.AtomicBoolean ran = new java.util.concurrent.atomic.AtomicBoolean();
    Check wslOnly = new Check() {
      @Override
      public String id() {
        return "wsl.only";
      }

      @Override
      public Set<dev.goready.host.HostKind> machines() {
        return Machines.WSL;
      }

      @Override
      public Result run(Probe probe) {
        ran.set(true);
        return Result.ok("ran");
      }
    };
    Report report = Runner.run(List.of(wslOnly, check("everywhere", p -> Result.ok("fine"))), probe(Duration.ofSeconds(5)), Set.of(), Set.of());
    assertThat(ran).isFalse();
    assertThat(report.checks()).extracting(c -> c.result().status()).containsExactly(Status.SKIP, Status.OK);
    assertThat(report.checks().getFirst().result().summary()).isEqualTo("not WSL");
  }

  @Test
  void aCrashIsErrorAHangIsTimeoutAndTheRestStillReport() {
    List<Check> checks = List.of(
        check("first", p -> Result.ok("fine")),
        check("crashes", p -> {
          throw new IllegalStateException("boom");
        }),
        check("hangs", p -> {
          Thread.sleep(60_000);
          return Result.ok("never");
        }),
        check("last", p -> Result.warn("careful", List.of(), Fix.of("do this", "cmd"))));
    long start = System.nanoTime();
    Report report = Runner.run(checks, probe(Duration.ofMillis(400)), Set.of(), Set.of());
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(report.checks()).extracting(CheckReport::id).containsExactly("first", "crashes", "hangs", "last");
    assertThat(report.checks()).extracting(c -> c.result().status()).containsExactly(Status.OK, Status.ERROR, Status.TIMEOUT, Status.WARN);
    assertThat(report.checks().get(1).result().summary()).contains("IllegalStateException: boom");
    assertThat(report.checks().get(2).result().summary()).isEqualTo("no answer within 400 ms");
    assertThat(report.failed(false)).isTrue();
  }

  @Test
  void onlyAndSkipStillListEveryCheck() {
    List<Check> checks = List.of(check("a", p -> Result.ok("a")), check("b", p -> Result.ok("b")), check("c", p -> Result.ok("c")));
    Report only = Runner.run(checks, probe(Duration.ofSeconds(2)), Set.of("b"), Set.of());
    assertThat(only.checks()).extracting(c -> c.id() + ":" + c.result().status().id()).containsExactly("a:skip", "b:ok", "c:skip");
    Report skip = Runner.run(checks, probe(Duration.ofSeconds(2)), Set.of(), Set.of("c"));
    assertThat(skip.checks()).extracting(c -> c.id() + ":" + c.result().status().id()).containsExactly("a:ok", "b:ok", "c:skip");
  }

  @Test
  void warningsFailTheRunOnlyWhenStrict() {
    Report report = Runner.run(List.of(check("w", p -> Result.warn("w", List.of(), Fix.of("x")))), probe(Duration.ofSeconds(2)), Set.of(), Set.of());
    assertThat(report.failed(false)).isFalse();
    assertThat(report.failed(true)).isTrue();
  }
}
