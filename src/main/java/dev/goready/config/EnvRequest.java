package dev.goready.config;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What `goready env` was asked to do: which shells, which Go settings (by their go env names), --force,
 * whether to install the per-project hook ({@code hookCommand}: how the hook starts goready), and
 * whether to comment out profile lines that undo goready's go (--fix-conflicts).
 */
public record EnvRequest(Set<Shell> shells, Map<String, String> settings, boolean force, Optional<String> hookCommand, boolean fixConflicts) {
  public EnvRequest(Set<Shell> shells, Map<String, String> settings, boolean force) {
    this(shells, settings, force, Optional.empty(), false);
  }
}
