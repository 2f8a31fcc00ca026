package dev.goready.host;

import java.util.Optional;

/** Reads one value out of what {@code reg query KEY /v NAME} prints. */
final class RegQueryOutput {
  private RegQueryOutput() {}

  /** Lines look like {@code "    PROCESSOR_ARCHITECTURE    REG_SZ    ARM64"}. */
  static Optional<String> value(String output, String name) {
    for (String line : output.split("\\R")) {
      String[] parts = line.trim().split("\\s{2,}|\\t", 3);
      if (parts.length == 3 && parts[0].equalsIgnoreCase(name) && parts[1].startsWith("REG_")) {
        return Optional.of(parts[2].trim());
      }
    }
    return Optional.empty();
  }
}
