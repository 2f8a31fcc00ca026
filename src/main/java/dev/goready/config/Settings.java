package dev.goready.config;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.host.Host;
import java.nio.file.Path;
import java.util.Optional;

/** Resolves settings: a command-line value, else the environment, else the default; and says which. */
public final class Settings {
  private final Host host;

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
    Path file = configFile();
    Optional<String> text = host.readFile(file);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    com.fasterxml.jackson.databind.JsonNode value;
    try {
      value = new com.fasterxml.jackson.databind.ObjectMapper().readTree(text.get()).path(setting.configKey());
    } catch (java.io.IOException e) {
      throw new GoreadyException(ExitCode.USAGE, file + " is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""),
          "fix or remove it; it holds defaults such as {\"require\": \"sha256,sumdb\"}");
    }
    String joined = value.isArray()
        ? String.join(",", java.util.stream.StreamSupport.stream(value.spliterator(), false).map(com.fasterxml.jackson.databind.JsonNode::asText).toList())
        : value.isValueNode() ? value.asText() : "";
    return joined.isBlank() ? Optional.empty() : Optional.of(new Resolved(joined, file + " (" + setting.configKey() + ")"));
  }

  private Optional<Resolved> fromGoEnvFile(Setting setting) {
    return GoEnvFile.location(host).flatMap(file -> host.readFile(file)
        .map(GoEnvFile::parse)
        .map(values -> values.get(setting.variable()))
        .filter(v -> v != null && !v.isBlank())
        .map(v -> new Resolved(v, setting.variable() + " in " + file)));
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
