package dev.goready.host;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * wsl.conf and .wslconfig: [section] and key = value lines, # or ; comments, names case-insensitive,
 * values optionally quoted. Later lines win, as in WSL itself.
 */
public record IniFile(Map<String, String> values) {
  public static final IniFile EMPTY = new IniFile(Map.of());

  public static IniFile parse(String text) {
    Map<String, String> values = new LinkedHashMap<>();
    String section = "";
    for (String raw : text.split("\\R")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
        continue;
      }
      if (line.startsWith("[") && line.contains("]")) {
        section = line.substring(1, line.indexOf(']')).strip().toLowerCase(Locale.ROOT);
        continue;
      }
      int eq = line.indexOf('=');
      if (eq <= 0) {
        continue;
      }
      String key = line.substring(0, eq).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(eq + 1).replaceFirst("\\s+[#;].*$", "").strip();
      if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
        value = value.substring(1, value.length() - 1);
      }
      values.put(section + "." + key, value);
    }
    return new IniFile(Map.copyOf(values));
  }

  public Optional<String> get(String section, String key) {
    return Optional.ofNullable(values.get(section.toLowerCase(Locale.ROOT) + "." + key.toLowerCase(Locale.ROOT)));
  }

  /** WSL's booleans: true/false, also 1/0 and yes/no. */
  public Optional<Boolean> bool(String section, String key) {
    return get(section, key).map(v -> switch (v.toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes", "on" -> true;
      default -> false;
    });
  }
}
