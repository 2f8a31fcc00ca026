package dev.goready.host;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A whole machine as a folder, in the snapshot layout: {@code host.json}, {@code env.json},
 * {@code files/<absolute path>}, {@code commands.json} (matched by exact argv; anything else is
 * "not found") and {@code registry.json}. Besides the snapshot fields, {@code host.json} may carry
 * {@code jvmArch} (what an emulated JVM would report), {@code nativeMachine} (what
 * IsWow64Process2 would answer) and {@code osVersion} (the JVM's os.version, empty when absent), so
 * architecture detection can be tested for machines we lack.
 */
public final class FixtureHost implements Host {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path root;
  private final JsonNode hostJson;
  private final OsFamily os;
  private final Map<String, String> environment;
  private final Map<List<String>, CommandResult> commands;
  private final JsonNode registry;
  private final Map<String, JsonNode> paths = new TreeMap<>();
  private final JsonNode network;

  public FixtureHost(Path root) {
    this.root = root;
    this.hostJson = readJson(root.resolve("host.json"));
    this.os = os(root.resolve("host.json"), hostJson.path("os").asText("linux"));
    this.environment = RealHost.environmentFor(os, readEnv(root.resolve("env.json")));
    this.commands = new LinkedHashMap<>();
    readCommands(root.resolve("commands.json")).forEach((argv, result) -> commands.put(argv.stream().map(this::normalize).toList(), result));
    this.registry = readJson(root.resolve("registry.json"));
    readJson(root.resolve("paths.json")).properties().forEach(e -> paths.put(normalize(e.getKey()), e.getValue()));
    this.network = readJson(root.resolve("network.json"));
  }

  /** Far above any real snapshot's JSON (a few KB); a bigger one is not goready's. */
  private static final long MAX_JSON_BYTES = 16L << 20;

  private static JsonNode readJson(Path file) {
    return readJson(file, false);
  }

  /** A snapshot's JSON file: absent is empty; anything but an object (or array) of bounded size is a broken snapshot (exit 3). */
  private static JsonNode readJson(Path file, boolean array) {
    try {
      if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        return array ? JSON.createArrayNode() : JSON.createObjectNode();
      }
      if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS) || Files.size(file) > MAX_JSON_BYTES) {
        throw broken(file, "is not a regular file of at most 16 MB");
      }
      JsonNode node = JSON.readTree(Files.readAllBytes(file));
      if (node == null || (array ? !node.isArray() : !node.isObject())) {
        throw broken(file, array ? "does not hold a JSON array" : "does not hold a JSON object");
      }
      return node;
    } catch (IOException e) {
      throw broken(file, "is not valid JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
    }
  }

  private static OsFamily os(Path file, String goos) {
    try {
      return OsFamily.fromGoos(goos);
    } catch (IllegalArgumentException unknown) {
      throw broken(file, "names an operating system goready does not know ('" + goos + "')");
    }
  }

  private static GoreadyException broken(Path file, String why) {
    return new GoreadyException(ExitCode.NETWORK, "snapshot file " + file + " " + why, "use a snapshot written by goready doctor --collect");
  }

  private static Map<String, String> readEnv(Path file) {
    Map<String, String> env = new LinkedHashMap<>();
    readJson(file).properties().forEach(e -> env.put(e.getKey(), e.getValue().asText()));
    return env;
  }

  private static Map<List<String>, CommandResult> readCommands(Path file) {
    Map<List<String>, CommandResult> result = new LinkedHashMap<>();
    for (JsonNode command : readJson(file, true)) {
      List<String> argv = new ArrayList<>();
      command.path("argv").forEach(arg -> argv.add(arg.asText()));
      result.put(
          List.copyOf(argv),
          new CommandResult(
              command.path("exit").asInt(0),
              bytes(command, "stdout"),
              bytes(command, "stderr"),
              command.path("timedOut").asBoolean(false),
              false));
    }
    return result;
  }

  /** {@code "stdout"} holds UTF-8 text; {@code "stdoutBase64"} holds raw bytes (UTF-16LE output). */
  private static byte[] bytes(JsonNode command, String field) {
    if (command.hasNonNull(field + "Base64")) {
      try {
        return Base64.getDecoder().decode(command.get(field + "Base64").asText());
      } catch (IllegalArgumentException e) {
        throw new GoreadyException(ExitCode.NETWORK, "snapshot file commands.json: " + field + "Base64 is not base64", "use a snapshot written by goready doctor --collect");
      }
    }
    return command.path(field).asText("").getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public OsFamily os() {
    return os;
  }

  @Override
  public String osVersion() {
    return hostJson.path("osVersion").asText("");
  }

  /** {@code recordedAt} in host.json (ISO-8601); a snapshot from before it was recorded ages with today's clock. */
  @Override
  public Instant now() {
    try {
      return hostJson.has("recordedAt") ? Instant.parse(hostJson.path("recordedAt").asText()) : Instant.now();
    } catch (java.time.format.DateTimeParseException e) {
      throw broken(root.resolve("host.json"), "has a recordedAt that is not an ISO-8601 instant");
    }
  }

  @Override
  public String jvmArch() {
    return hostJson.path("jvmArch").asText(hostJson.path("arch").asText(""));
  }

  @Override
  public Optional<String> env(String name) {
    return Optional.ofNullable(environment.get(name));
  }

  @Override
  public Map<String, String> environment() {
    return environment;
  }

  @Override
  public Path home() {
    return path(hostJson.path("home").asText(env(os == OsFamily.WINDOWS ? "USERPROFILE" : "HOME").orElse("/")));
  }

  /**
   * Windows paths replayed on a Unix JVM use / as separator, so "C:\Users\ann\go" and the same
   * path built with resolve() compare equal and have parents. On Windows itself nothing changes.
   */
  @Override
  public Path path(String text) {
    return Path.of(normalize(text));
  }

  private String normalize(String text) {
    return os == OsFamily.WINDOWS && java.io.File.separatorChar == '/' ? text.replace('\\', '/') : text;
  }

  @Override
  public Path cwd() {
    return path(hostJson.path("cwd").asText("/"));
  }

  /**
   * Maps an absolute path, Unix or Windows, to its place under {@code files/}. ".." cannot climb out
   * of files/, and a file reached through a symlink that leads outside the snapshot is absent: a
   * replay reads nothing but the snapshot.
   */
  Path fileFor(Path path) {
    String normalized = path.toString().replace('\\', '/').replaceFirst("^([A-Za-z]):", "$1");
    Path files = root.resolve("files").toAbsolutePath().normalize();
    Path file = files.resolve(normalized.replaceFirst("^/+", "")).normalize();
    if (!file.startsWith(files) || !insideSnapshot(file)) {
      return files.resolve(".outside-the-snapshot");
    }
    return file;
  }

  private boolean insideSnapshot(Path file) {
    try {
      return !Files.exists(file) || file.toRealPath().startsWith(root.toRealPath());
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public Optional<String> readFile(Path path) {
    return openFile(path).map(in -> {
      try (in) {
        return TextFiles.read(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Override
  public Optional<InputStream> openFile(Path path) {
    Path file = fileFor(path);
    try {
      return Files.isRegularFile(file) ? Optional.of(Files.newInputStream(file)) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A folder exists when a file below it does; a recorded device (/dev/dxg) is an empty file. */
  @Override
  public boolean exists(Path path) {
    return Files.exists(fileFor(path));
  }

  /** host.json may record links: {"links": {"/usr/bin/go": "/usr/lib/go-1.19/bin/go"}}. */
  @Override
  public Path realPath(Path path) {
    JsonNode target = hostJson.path("links").get(path.toString());
    return target == null ? path : path(target.asText());
  }

  @Override
  public List<String> list(Path dir) {
    Path folder = fileFor(dir);
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (var children = Files.list(folder)) {
      return children.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** From paths.json; a folder not recorded there is unknown, so that part of a check is skipped. */
  @Override
  public Optional<PathStatus> pathStatus(Path path) {
    JsonNode status = paths.get(normalize(path.toString()));
    if (status == null) {
      return Optional.empty();
    }
    return Optional.of(new PathStatus(status.path("freeBytes").asLong(0), status.path("writable").asBoolean(true)));
  }

  /** From network.json; a name not recorded there was never looked up, and --from never asks the network. */
  @Override
  public Optional<DnsAnswer> resolve(String hostname, Duration timeout) {
    JsonNode answer = network.path("resolve").get(hostname);
    if (answer == null) {
      return Optional.empty();
    }
    if (answer.isNull()) {
      return Optional.of(DnsAnswer.failed("does not resolve"));
    }
    List<String> addresses = new ArrayList<>();
    answer.forEach(a -> addresses.add(a.asText()));
    return Optional.of(DnsAnswer.of(addresses));
  }

  /** From network.json's "http" (see {@link HttpAnswerJson}); a URL not recorded there, as in snapshots older than it, cannot be told. */
  @Override
  public Optional<HttpAnswer> http(HttpGet request) {
    return HttpAnswerJson.read(network.path("http").get(request.uri().toString()));
  }

  @Override
  public CommandResult run(List<String> argv, Duration timeout) {
    return commands.getOrDefault(argv.stream().map(this::normalize).toList(), CommandResult.notFoundResult());
  }

  /** A recording holds what programs printed, not the programs: nothing can be started from it. */
  @Override
  public ProcessOutcome spawn(ProcessSpec spec, Consumer<ProcessSample> samples, Consumer<String> stdout, Consumer<String> stderr) {
    throw new UnsupportedOperationException("cannot run " + spec.argv().getFirst() + " on a replayed machine (" + root + ")");
  }

  @Override
  public int attach(List<String> argv, Path dir, Map<String, String> env) {
    throw new UnsupportedOperationException("cannot run " + argv.getFirst() + " on a replayed machine (" + root + ")");
  }

  /** A replay starts nothing that would need stopping, so there is nothing to do on Ctrl-C. */
  @Override
  public Registration onInterrupt(Runnable action) {
    return () -> { };
  }

  @Override
  public Optional<Integer> windowsNativeMachine() {
    JsonNode machine = hostJson.path("nativeMachine");
    if (machine.isMissingNode() || machine.isNull()) {
      return Optional.empty();
    }
    return Optional.of(machine.isInt() ? machine.asInt() : Integer.decode(machine.asText()));
  }

  @Override
  public Optional<String> registryValue(String key, String name) {
    Map<String, JsonNode> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    registry.properties().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(key))
        .forEach(e -> e.getValue().properties().forEach(v -> values.put(v.getKey(), v.getValue())));
    JsonNode value = values.get(name);
    if (value == null) {
      return Optional.empty();
    }
    // Values are recorded with their types: {"type": "REG_SZ", "value": "ARM64"}; plain text also reads.
    return Optional.of(value.isObject() ? value.path("value").asText() : value.asText());
  }

  @Override
  public boolean stderrIsTerminal() {
    return hostJson.path("stderrIsTerminal").asBoolean(false);
  }
}
