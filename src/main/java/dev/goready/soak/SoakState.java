package dev.goready.soak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goready.LocalIo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * state.json, saved after every cycle: which project (its path and go.mod module line), when the soak
 * began, and every finished cycle, so --resume continues after a crash or a reboot.
 */
record SoakState(String project, String module, long startedEpochMillis, List<CycleResult> cycles) {
  private static final ObjectMapper JSON = new ObjectMapper();

  static SoakState read(Path out) throws IOException {
    JsonNode root = JSON.readTree(Files.readAllBytes(out.resolve("state.json")));
    List<CycleResult> cycles = new ArrayList<>();
    for (JsonNode cycle : root.path("cycles")) {
      cycles.add(JSON.treeToValue(cycle, CycleResult.class));
    }
    return new SoakState(root.path("project").asText(), root.path("module").asText(), root.path("startedEpochMillis").asLong(), cycles);
  }

  void write(Path out) throws IOException {
    ObjectNode root = JSON.createObjectNode().put("schema", 1).put("project", project).put("module", module).put("startedEpochMillis", startedEpochMillis);
    root.set("cycles", JSON.valueToTree(cycles));
    LocalIo.writeAtomically(out.resolve("state.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
  }
}
