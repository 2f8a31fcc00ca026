package dev.goready.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What `goready env --remove` needs to give back: each Go setting's value before goready first set
 * it (and what goready set), the PATH entries goready added to the Windows user environment, and
 * the folders goready created (GOPATH/bin, GOPATH/pkg), deleted again while they are still empty.
 * Kept in GOREADY_HOME/env-undo.json; the first "before" is never overwritten by a later run.
 */
record EnvUndo(Map<String, Setting> goEnv, List<String> addedPath, List<String> createdFolders) {
  private static final ObjectMapper JSON = new ObjectMapper();

  record Setting(Optional<String> before, String set) {}

  static EnvUndo empty() {
    return new EnvUndo(new LinkedHashMap<>(), new ArrayList<>(), new ArrayList<>());
  }

  static EnvUndo parse(byte[] bytes) {
    try {
      JsonNode root = JSON.readTree(bytes);
      Map<String, Setting> goEnv = new LinkedHashMap<>();
      root.path("goEnv").properties().forEach(e -> goEnv.put(e.getKey(), new Setting(
          e.getValue().path("before").isNull() ? Optional.empty() : Optional.of(e.getValue().path("before").asText()),
          e.getValue().path("set").asText())));
      List<String> added = new ArrayList<>();
      root.path("addedPath").forEach(p -> added.add(p.asText()));
      List<String> created = new ArrayList<>();
      root.path("createdFolders").forEach(p -> created.add(p.asText()));
      return new EnvUndo(goEnv, added, created);
    } catch (IOException e) {
      return empty(); // an unreadable undo file: nothing to restore, never a reason to fail
    }
  }

  byte[] bytes() {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode settings = root.putObject("goEnv");
    goEnv.forEach((key, s) -> {
      ObjectNode node = settings.putObject(key);
      s.before().ifPresentOrElse(b -> node.put("before", b), () -> node.putNull("before"));
      node.put("set", s.set());
    });
    addedPath.forEach(root.putArray("addedPath")::add);
    if (!createdFolders.isEmpty()) { // absent from files written before goready recorded folders
      createdFolders.forEach(root.putArray("createdFolders")::add);
    }
    return (root.toPrettyString() + "\n").getBytes(StandardCharsets.UTF_8);
  }
}
