package dev.goready.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.host.Host;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;

/** Resolves settings: a command-line value, else the environment, else the default; and says which. */
public final class Settings {
  private final Host host;
  private Map<String, String> configValues;
  private Optional<GoEnv> goEnv;

  public Settings(Host host) {
    this.host = host;
  }

  /** A value and where it came from, so errors and doctor can say "from GOREADY_INDEX". */
  public record Resolved(String value, String source) {}

  public Optional<Resolved> resolve(Setting setting, String commandLineValue, String flag) {
    if (commandLineValue != null && !commandLineValue.isBlank()) {
      return Optional.of(new Resolved(commandLineValue, flag));
    }
    Optional<Resolved> fromEnv =
        host.env(setting.variable()).filter(v -> !v.isBlank()).map(v -> new Resolved(v, setting.variable()));
    if (fromEnv.isPresent()) {
      return fromEnv;
    }
    Optional<Resolved> fromFile = setting.isGoVariable() ? fromGoEnvFile(setting) : fromConfigFile(setting);
    if (fromFile.isPresent()) {
      return fromFile;
    }
    if (setting == Setting.CA_FILE) {
      return host.env("SSL_CERT_FILE").filter(v -> !v.isBlank()).map(v -> new Resolved(v, "SSL_CERT_FILE"));
    }
    return Optional.ofNullable(setting.defaultValue()).map(v -> new Resolved(v, "default"));
  }

  /** Where a team's defaults live: GOREADY_HOME/config.json, an object keyed by {@link Setting#configKey()}. */
  public Path configFile() {
    return home().resolve("config.json");
  }

  private Optional<Resolved> fromConfigFile(Setting setting) {
    return Optional.ofNullable(configValues().get(setting.configKey()))
        .map(value -> new Resolved(value, configFile() + " (" + setting.configKey() + ")"));
  }

  private Optional<Resolved> fromGoEnvFile(Setting setting) {
    return goEnv().flatMap(env -> Optional.ofNullable(env.values().get(setting.variable()))
        .filter(v -> !v.isBlank())
        .map(v -> new Resolved(v, setting.variable() + " in " + env.file())));
  }

  /** config.json, read and parsed once: key → value (arrays joined with commas, blanks left out). */
  private synchronized Map<String, String> configValues() {
    if (configValues == null) {
      configValues = parseConfig(configFile(), host.readFile(configFile()));
    }
    return configValues;
  }

  private record GoEnv(Path file, Map<String, String> values) {}

  /** Go's env file (go env -w), read once. */
  private synchronized Optional<GoEnv> goEnv() {
    if (goEnv == null) {
      goEnv = GoEnvFile.location(host).flatMap(file -> host.readFile(file).map(text -> new GoEnv(file, GoEnvFile.parse(text))));
    }
    return goEnv;
  }

  private static Map<String, String> parseConfig(Path file, Optional<String> text) {
    if (text.isEmpty()) {
      return Map.of();
    }
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(text.get());
    } catch (IOException e) {
      throw new GoreadyException(ExitCode.USAGE, file + " is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""),
          "fix or remove it; it holds defaults such as {\"require\": \"sha256,sumdb\"}");
    }
    if (root == null || !root.isObject()) {
      throw new GoreadyException(ExitCode.USAGE, file + " is not a JSON object", "it holds defaults keyed by setting, such as {\"require\": \"sha256,sumdb\"}");
    }
    List<String> known = Arrays.stream(Setting.values()).map(Setting::configKey).filter(java.util.Objects::nonNull).toList();
    Map<String, String> values = new HashMap<>();
    root.properties().forEach(field -> {
      if (!known.contains(field.getKey())) {
        // A typo would otherwise be a default silently not applied.
        throw new GoreadyException(ExitCode.USAGE, file + ": unknown key \"" + field.getKey() + "\"",
            Nearest.of(field.getKey(), known).map(k -> "did you mean \"" + k + "\"? ").orElse("") + "known keys: " + String.join(", ", known));
      }
      JsonNode value = field.getValue();
      String joined = value.isArray()
          ? String.join(",", StreamSupport.stream(value.spliterator(), false).map(JsonNode::asText).toList())
          : value.isValueNode() ? value.asText() : "";
      if (!joined.isBlank()) {
        values.put(field.getKey(), joined);
      }
    });
    return values;
  }

  public Optional<Resolved> resolve(Setting setting) {
    return resolve(setting, null, null);
  }

  public int integer(Setting setting, Integer commandLineValue, String flag) {
    Resolved resolved = resolve(setting, commandLineValue == null ? null : commandLineValue.toString(), flag).orElseThrow();
    try {
      int value = Integer.parseInt(resolved.value().trim());
      if (value < 0) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw new GoreadyException(
          ExitCode.USAGE,
          resolved.source() + "='" + resolved.value() + "' is not a whole number of at least 0",
          "set " + setting.variable() + " to a number such as " + setting.defaultValue());
    }
  }

  /** GOREADY_HOME, else the user data folder each OS expects. */
  public Path home() {
    Optional<String> explicit = host.env(Setting.HOME.variable()).filter(v -> !v.isBlank());
    if (explicit.isPresent()) {
      return host.path(explicit.get()).toAbsolutePath();
    }
    return switch (host.os()) {
      case WINDOWS ->
          host.env("LOCALAPPDATA").map(host::path).orElse(host.home().resolve("AppData").resolve("Local")).resolve("goready");
      case DARWIN -> host.home().resolve("Library").resolve("Application Support").resolve("goready");
      default ->
          host.env("XDG_DATA_HOME")
              .filter(v -> v.startsWith("/"))
              .map(host::path)
              .orElse(host.home().resolve(".local").resolve("share"))
              .resolve("goready");
    };
  }
}
