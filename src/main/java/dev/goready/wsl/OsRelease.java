package dev.goready.wsl;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** /etc/os-release: KEY=value lines, values optionally quoted. */
public record OsRelease(Map<String, String> values) {

  public static OsRelease parse(String text) {
    Map<String, String> values = new HashMap<>();
    for (String line : text.split("\\R")) {
      int eq = line.indexOf('=');
      if (eq > 0 && !line.startsWith("#")) {
        values.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip().replaceAll("^[\"']|[\"']$", ""));
      }
    }
    return new OsRelease(Map.copyOf(values));
  }

  public Optional<String> get(String key) {
    return Optional.ofNullable(values.get(key)).filter(v -> !v.isEmpty());
  }

  public Optional<String> prettyName() {
    return get("PRETTY_NAME").or(() -> get("NAME"));
  }
}
