package dev.goready.config;

import java.util.Map;
import java.util.Set;

/** What `goready env` was asked to do: which shells, which Go settings (by their go env names), and --force. */
public record EnvRequest(Set<Shell> shells, Map<String, String> settings, boolean force) {}
