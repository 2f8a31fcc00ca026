package dev.goready.config;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What `goready env` was asked to do: which shells, which Go settings (by their go env names), --force,
 * and whether to install the per-project hook ({@code hookCommand}: how the hook starts goready).
 */
public record EnvRequest(Set<Shell> shells, Map<String, String> settings, boolean force, Optional<String> hookCommand) {
  public EnvRequest(Set<Shell> shells, Map<String, String> settings, boolean force) {
    this(shells, settings, force, Optional.empty());
  }
}
