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

  /** The messages as details, and the fix commands with env's own fix first when there is anything to fix. */
  static List<String> messages(List<ProfileFindings.Finding> conflicts) {
    return conflicts.stream().map(ProfileFindings.Finding::message).toList();
  }

  static String[] withFix(List<ProfileFindings.Finding> conflicts, String... commands) {
    if (conflicts.isEmpty()) {
      return commands;
    }
    String[] all = new String[commands.length + 1];
    all[0] = FIX;
    System.arraycopy(commands, 0, all, 1, commands.length);
    return all;
  }
}
