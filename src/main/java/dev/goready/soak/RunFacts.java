package dev.goready.soak;

import dev.goready.Version;
import dev.goready.host.ThisProcess;
import java.time.Instant;

/**
 * The run as a whole, as the report's header and summary.json's "run" state it: what was soaked
 * (project, module, commit), how (the soak's options), where ({@code environment}), when, and by which
 * goready with how much heap, and what goready itself cost ({@code goreadyPeakRssBytes}: this process's
 * largest RSS seen by the sampler, -1 where unknown).
 */
record RunFacts(SoakState state, SoakEnvironment environment, long endedEpochMillis, String stopReason, long goreadyPeakRssBytes) {

  String goreadyVersion() {
    return Version.current() + Version.commit().filter(c -> !c.equals("unknown")).map(c -> " (" + c + ")").orElse("");
  }

  long heapCapMb() {
    return SoakRunner.heapCapMb();
  }

  /** goready's own CPU seconds so far (the JVM, sampler and parsers, not the children); -1 where unknown. */
  double goreadyCpuSeconds() {
    return ThisProcess.cpuTime().map(d -> d.toNanos() / 1e9).orElse(-1.0);
  }

  /** How long this goready process has run; -1 where unknown. */
  long goreadyWallMillis() {
    return ThisProcess.started().map(t -> System.currentTimeMillis() - t.toEpochMilli()).orElse(-1L);
  }

  String started() {
    return Instant.ofEpochMilli(state.startedEpochMillis()).toString();
  }

  String ended() {
    return Instant.ofEpochMilli(endedEpochMillis).toString();
  }

  long durationMillis() {
    return Math.max(0, endedEpochMillis - state.startedEpochMillis());
  }

  /** "a1b2c3… (dirty)", or "not a git checkout". */
  String revision() {
    if (environment.commit().isEmpty()) {
      return "not a git checkout (or git is not on PATH)";
    }
    return environment.commit() + (environment.dirty() ? " (dirty: tracked files differ from the commit)" : "");
  }
}
