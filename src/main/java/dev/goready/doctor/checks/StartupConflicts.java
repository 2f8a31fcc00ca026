package dev.goready.doctor.checks;

import dev.goready.config.ProfileFindings;
import dev.goready.doctor.Probe;
import java.util.List;

/**
 * The startup-file lines that undo goready's go, found by the code goready env reports them with, so
 * doctor and env name the same file and line; {@code goready env --fix-conflicts} comments them out.
 */
final class StartupConflicts {
  static final String FIX = "goready env --fix-conflicts";

  private StartupConflicts() {}

  static List<ProfileFindings.Finding> of(Probe probe, ProfileFindings.Kind kind) {
    return probe.startupConflicts().stream().filter(f -> f.kind() == kind).toList();
  }

  /** The messages, as details. */
  static List<String> messages(List<ProfileFindings.Finding> conflicts) {
    return conflicts.stream().map(ProfileFindings.Finding::message).toList();
  }

  /** The fix commands, with env's own fix first when there is a line to fix. */
  static String[] withFix(List<ProfileFindings.Finding> conflicts, String... commands) {
    return conflicts.isEmpty() ? commands : java.util.stream.Stream.concat(java.util.stream.Stream.of(FIX), java.util.Arrays.stream(commands)).toArray(String[]::new);
  }
}
