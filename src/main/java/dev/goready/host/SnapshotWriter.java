package dev.goready.host;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes what a {@link RecordingHost} saw as a snapshot zip in the format {@link FixtureHost} reads.
 * Secrets never leave: variables named like TOKEN/SECRET/PASSWORD/KEY/… are replaced, and user:pass@
 * is cut from every URL in variables, files and command output.
 */
public final class SnapshotWriter {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SnapshotWriter() {}

  public static void write(RecordingHost recorded, String nativeArch, Path zip) throws IOException {
    Path temp = zip.resolveSibling(zip.getFileName() + ".tmp");
    try (OutputStream file = Files.newOutputStream(temp); ZipOutputStream out = new ZipOutputStream(file)) {
      ObjectNode host = JSON.createObjectNode()
          .put("os", recorded.os().goos())
          .put("arch", nativeArch)
          .put("jvmArch", recorded.jvmArch())
          .put("hostname", recorded.env("HOSTNAME").or(() -> recorded.env("COMPUTERNAME")).orElse(""))
          .put("cwd", recorded.cwd().toString())
          .put("user", recorded.env("USER").or(() -> recorded.env("USERNAME")).orElse(""))
          .put("home", recorded.home().toString())
          .put("recordedAt", recorded.now().toString());
      recorded.windowsNativeMachine().ifPresent(m -> host.put("nativeMachine", m));
      ObjectNode links = host.putObject("links");
      recorded.links.forEach(links::put);
      entry(out, "host.json", host);

      ObjectNode env = JSON.createObjectNode();
      new TreeMap<>(recorded.environment()).forEach((k, v) -> env.put(k, Secrets.redactVariable(k, v)));
      entry(out, "env.json", env);

      for (Map.Entry<String, byte[]> recordedFile : fileTree(recorded).entrySet()) {
        bytes(out, recordedFile.getKey(), recordedFile.getValue());
      }

      ArrayNode commands = JSON.createArrayNode();
      recorded.commands.forEach((argv, result) -> {
        ObjectNode command = commands.addObject();
        argv.forEach(command.putArray("argv")::add);
        command.put("exit", result.exit()).put("timedOut", result.timedOut());
        output(command, "stdout", result.stdout());
        output(command, "stderr", result.stderr());
      });
      entry(out, "commands.json", commands);

      ObjectNode registry = JSON.createObjectNode();
      recorded.registry.forEach((keyAndName, value) -> {
        String[] parts = keyAndName.split("\u0000", 2);
        ObjectNode key = registry.has(parts[0]) ? (ObjectNode) registry.get(parts[0]) : registry.putObject(parts[0]);
        key.putObject(parts[1]).put("type", "REG_SZ").put("value", Secrets.redactVariable(parts[1], value));
      });
      entry(out, "registry.json", registry);

      ObjectNode paths = JSON.createObjectNode();
      recorded.paths.forEach((path, status) -> paths.putObject(path).put("freeBytes", status.freeBytes()).put("writable", status.writable()));
      entry(out, "paths.json", paths);

      ObjectNode resolve = JSON.createObjectNode();
      recorded.lookups.forEach((name, answer) -> answer.ifPresent(a -> {
        if (a.resolved()) {
          a.addresses().forEach(resolve.withArray(name)::add);
        } else {
          resolve.putNull(name);
        }
      }));
      ObjectNode network = JSON.createObjectNode();
      network.set("resolve", resolve);
      ObjectNode http = network.putObject("http");
      recorded.answers.forEach((url, answer) -> http.set(Secrets.redactUrls(url), HttpAnswerJson.write(answer)));
      entry(out, "network.json", network);
    }
    Files.move(temp, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * Every file the checks read, redacted, and for every folder or device they looked for an empty
   * file: a folder exists when a file below it does. A marker with an entry below it is that folder,
   * so it is left out; written as a file it would make the zip unreadable.
   */
  private static TreeMap<String, byte[]> fileTree(RecordingHost recorded) {
    TreeMap<String, byte[]> tree = new TreeMap<>();
    recorded.files.forEach((path, content) -> content.ifPresent(c -> tree.put("files/" + relative(path), Secrets.redactUrls(c).getBytes(StandardCharsets.UTF_8))));
    recorded.listings.forEach((dir, names) -> names.forEach(name -> tree.putIfAbsent("files/" + relative(dir) + "/" + name, new byte[0])));
    recorded.existing.forEach((path, exists) -> {
      if (exists) {
        tree.putIfAbsent("files/" + relative(path), new byte[0]);
      }
    });
    tree.entrySet().removeIf(e -> {
      String below = tree.ceilingKey(e.getKey() + "/");
      return e.getValue().length == 0 && below != null && below.startsWith(e.getKey() + "/");
    });
    return tree;
  }

  /** "/proc/mounts" → "proc/mounts"; "C:\Users\ann\.wslconfig" → "C/Users/ann/.wslconfig". */
  static String relative(String path) {
    return path.replace('\\', '/').replaceFirst("^([A-Za-z]):", "$1").replaceFirst("^/+", "");
  }

  /** UTF-8 output stays text (redacted); anything else, such as wsl.exe's UTF-16LE, is kept as bytes in base64. */
  private static void output(ObjectNode command, String field, byte[] bytes) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      if (text.indexOf('\u0000') < 0) {
        command.put(field, Secrets.redactUrls(text));
        return;
      }
    } catch (CharacterCodingException e) {
      // not UTF-8: fall through to base64
    }
    command.put(field + "Base64", Base64.getEncoder().encodeToString(bytes));
  }

  private static void entry(ZipOutputStream out, String name, Object json) throws IOException {
    bytes(out, name, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(json));
  }

  private static void bytes(ZipOutputStream out, String name, byte[] content) throws IOException {
    out.putNextEntry(new ZipEntry(name));
    out.write(content);
    out.closeEntry();
  }



}
