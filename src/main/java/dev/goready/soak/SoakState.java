package dev.goready.soak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goready.ExitCode;
import dev.goready.GoreadyException;
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

  /** The state a soak saved after its last cycle; a folder without a readable one is the user's mistake (exit 2), never a crash. */
  static SoakState read(Path out) {
    Path file = out.resolve("state.json");
    try {
      JsonNode root = JSON.readTree(Files.readAllBytes(file));
      if (root == null || !root.isObject() || !root.path("project").isTextual()) {
        throw notAState(file, "it does not hold a soak's state");
      }
      List<CycleResult> cycles = new ArrayList<>();
      for (JsonNode cycle : root.path("cycles")) {
        cycles.add(JSON.treeToValue(cycle, CycleResult.class));
      }
      return new SoakState(root.path("project").asText(), root.path("module").asText(), root.path("startedEpochMillis").asLong(), cycles);
    } catch (java.nio.file.NoSuchFileException e) {
      throw notAState(file, "there is no such file");
    } catch (IOException e) {
      throw notAState(file, e.getMessage().lines().findFirst().orElse("unreadable"));
    }
  }

  private static GoreadyException notAState(Path file, String why) {
    return new GoreadyException(ExitCode.USAGE, "cannot resume from " + file + ": " + why, "pass the --out folder of a soak that was started, or start a new soak");
  }

  void write(Path out) throws IOException {
    ObjectNode root = JSON.createObjectNode().put("schema", 1).put("project", project).put("module", module).put("startedEpochMillis", startedEpochMillis);
    root.set("cycles", JSON.valueToTree(cycles));
    LocalIo.writeAtomically(out.resolve("state.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
  }
}
