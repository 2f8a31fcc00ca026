package dev.goready.soak;

import dev.goready.Version;
import java.time.Instant;

/**
 * The run as a whole, as the report's header and summary.json's "run" state it: what was soaked
 * (project, module, commit), how (the soak's options), where ({@code environment}), when, and by which
 * goready with how much heap.
 */
record RunFacts(SoakState state, SoakEnvironment environment, long endedEpochMillis, String stopReason) {

  String goreadyVersion() {
    return Version.current() + Version.commit().map(c -> " (" + c + ")").orElse("");
  }

  long heapCapMb() {
    return SoakRunner.heapCapMb();
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
