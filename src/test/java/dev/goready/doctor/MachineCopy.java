package dev.goready.doctor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goready.config.Settings;
import dev.goready.doctor.checks.Checks;
import dev.goready.host.FixtureHost;
import dev.goready.testing.TestFiles;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A whole-machine fixture copied to a temporary folder and changed the way a real machine would be:
 * files added, variables exported, and the go command's {@code go env -json} agreeing with them.
 */
final class MachineCopy {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path root;
  private Optional<Path> project = Optional.empty();

  MachineCopy(String fixture, Path temp) throws IOException {
    this.root = temp.resolve(fixture);
    try {
      TestFiles.copyTree(Path.of(Objects.requireNonNull(getClass().getResource("/hosts/doctor/" + fixture), fixture).toURI()), root);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  String cwd() throws IOException {
    return JSON.readTree(root.resolve("host.json").toFile()).get("cwd").asText();
  }

  /** A file at its absolute path on the machine ("/srv/app/go.mod", "C:\\Users\\bob\\x"). */
  MachineCopy file(String path, String content) throws IOException {
    Path file = root.resolve("files/" + path.replace('\\', '/').replaceFirst("^([A-Za-z]):", "$1").replaceFirst("^/+", ""));
    Files.createDirectories(file.getParent());
    Files.write(file, content.getBytes(java.nio.charset.StandardCharsets.UTF_8)); // a lone surrogate becomes '?', as a file would hold it
    return this;
  }

  MachineCopy hostField(String name, String value) throws IOException {
    ObjectNode host = (ObjectNode) JSON.readTree(root.resolve("host.json").toFile());
    JSON.writeValue(root.resolve("host.json").toFile(), host.put(name, value));
    return this;
  }

  /** Variables in the process environment ({@code env}) and what go env reports ({@code goEnv}): a real go agrees with both. */
  MachineCopy env(Map<String, String> env, Map<String, String> goEnv) throws IOException {
    ObjectNode environment = (ObjectNode) JSON.readTree(root.resolve("env.json").toFile());
    env.forEach(environment::put);
    JSON.writeValue(root.resolve("env.json").toFile(), environment);
    Map<String, String> reported = new HashMap<>(goEnv);
    env.forEach(reported::putIfAbsent);
    ArrayNode commands = (ArrayNode) JSON.readTree(root.resolve("commands.json").toFile());
    for (var command : commands) {
      if (command.get("argv").toString().endsWith("\"env\",\"-json\"]")) {
        ObjectNode values = (ObjectNode) JSON.readTree(command.get("stdout").asText());
        reported.forEach(values::put);
        ((ObjectNode) command).put("stdout", JSON.writerWithDefaultPrettyPrinter().writeValueAsString(values));
      }
    }
    JSON.writeValue(root.resolve("commands.json").toFile(), commands);
    return this;
  }

  /** The go found first on PATH is {@code from}, answering go env -json as {@code to} did. */
  MachineCopy goAt(String from, String to) throws IOException {
    ArrayNode commands = (ArrayNode) JSON.readTree(root.resolve("commands.json").toFile());
    for (var command : commands) {
      ArrayNode argv = (ArrayNode) command.get("argv");
      if (argv.get(0).asText().equals(to)) {
        argv.set(0, from);
      }
    }
    JSON.writeValue(root.resolve("commands.json").toFile(), commands);
    return this;
  }

  /** A registry value as reg query would show it (Windows machines). */
  MachineCopy registry(String key, String name, String type, String value) throws IOException {
    Path file = root.resolve("registry.json");
    ObjectNode registry = Files.exists(file) ? (ObjectNode) JSON.readTree(file.toFile()) : JSON.createObjectNode();
    ObjectNode values = registry.has(key) ? (ObjectNode) registry.get(key) : registry.putObject(key);
    values.putObject(name).put("type", type).put("value", value);
    JSON.writeValue(file.toFile(), registry);
    return this;
  }

  /** A command the machine answers: exit 0 and {@code stdout}. */
  MachineCopy command(java.util.List<String> argv, String stdout) throws IOException {
    ArrayNode commands = (ArrayNode) JSON.readTree(root.resolve("commands.json").toFile());
    ObjectNode command = commands.addObject();
    argv.forEach(command.putArray("argv")::add);
    command.put("exit", 0).put("stdout", stdout).put("stderr", "");
    JSON.writeValue(root.resolve("commands.json").toFile(), commands);
    return this;
  }

  MachineCopy project(Path folder) {
    this.project = Optional.of(folder);
    return this;
  }

  Path root() {
    return root;
  }

  Result check(String id) {
    FixtureHost host = new FixtureHost(root);
    Probe probe = new Probe(host, new DoctorOptions(Duration.ofSeconds(5), true, Optional.empty(), new Settings(host).home(), project));
    return Runner.run(Checks.all(), probe, Set.of(id), Set.of()).checks().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().result();
  }
}
