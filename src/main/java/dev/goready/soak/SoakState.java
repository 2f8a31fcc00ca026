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
 * state.json: which project (its path and go.mod module line), when the soak began, the options it
 * runs with and every change made to them on --resume. It is small and written only when the soak
 * starts or its options change; the cycles themselves are appended to cycles.jsonl ({@link CycleLog}),
 * so saving a cycle costs the same at cycle 3,000 as at cycle 1.
 */
public record SoakState(String project, String module, long startedEpochMillis, SoakOptions options, List<String> overrides) {
  static final int SCHEMA = 2;
  private static final ObjectMapper JSON = new ObjectMapper();

  public SoakState {
    overrides = List.copyOf(overrides);
  }

  /** The state a soak saved; a folder without a readable one is the user's mistake (exit 2), never a crash. */
  public static SoakState read(Path out) {
    Path file = out.resolve("state.json");
    try {
      JsonNode root = JSON.readTree(Files.readAllBytes(file));
      if (root == null || !root.isObject() || !root.path("project").isTextual()) {
        throw notAState(file, "it does not hold a soak's state");
      }
      if (root.path("schema").asInt() != SCHEMA) {
        throw notAState(file, "it was written by another goready (state schema " + root.path("schema").asText() + ", this one reads " + SCHEMA + ")");
      }
      List<String> overrides = new ArrayList<>();
      root.path("overrides").forEach(o -> overrides.add(o.asText()));
      return new SoakState(root.path("project").asText(), root.path("module").asText(), root.path("startedEpochMillis").asLong(),
          SoakOptions.fromJson(root.path("options")), overrides);
    } catch (java.nio.file.NoSuchFileException e) {
      throw notAState(file, "there is no such file");
    } catch (IOException e) {
      throw notAState(file, e.getMessage().lines().findFirst().orElse("unreadable"));
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      throw notAState(file, e.getMessage());
    }
  }

  private static GoreadyException notAState(Path file, String why) {
    return new GoreadyException(ExitCode.USAGE, "cannot resume from " + file + ": " + why, "pass the --out folder of a soak that was started, or start a new soak");
  }

  /** The same soak with new options, the change recorded (e.g. "2026-12-04T01:00:00Z: --cycles 100 → 200"). */
  public SoakState withOptions(SoakOptions changed, String override) {
    List<String> all = new ArrayList<>(overrides);
    all.add(override);
    return new SoakState(project, module, startedEpochMillis, changed, all);
  }

  void write(Path out) throws IOException {
    ObjectNode root = JSON.createObjectNode().put("schema", SCHEMA).put("project", project).put("module", module).put("startedEpochMillis", startedEpochMillis);
    root.set("options", options.toJson(JSON));
    root.set("overrides", JSON.valueToTree(overrides));
    LocalIo.writeAtomically(out.resolve("state.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
  }
}
