package dev.goready.soak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** How a soak runs; saved in its state so --resume continues with the same settings. */
public record SoakOptions(
    Path project,
    Optional<Duration> duration,
    Optional<Integer> cycles,
    Duration interval,
    List<String> build,
    List<String> test,
    boolean race,
    Duration stepTimeout,
    Duration sampleInterval,
    Map<String, Double> thresholds,
    long minFreeBytes) {

  /** The free space a soak leaves on the disk its results go to: below it, it stops cleanly (--min-free). */
  public static final long DEFAULT_MIN_FREE_BYTES = 256L * 1024 * 1024;

  /** The test command with -json (and -race) added right after "test", as goready runs it. */
  public List<String> testCommand() {
    List<String> argv = new java.util.ArrayList<>(test);
    int at = argv.indexOf("test");
    int insert = at < 0 ? argv.size() : at + 1;
    if (race && !argv.contains("-race")) {
      argv.add(insert, "-race");
    }
    if (!argv.contains("-json")) {
      argv.add(insert, "-json");
    }
    return argv;
  }

  /** The options as state.json keeps them: durations in ISO-8601 (PT90S), absent ones as null. */
  ObjectNode toJson(ObjectMapper json) {
    ObjectNode node = json.createObjectNode().put("project", project.toString());
    node.put("duration", duration.map(Duration::toString).orElse(null));
    node.put("cycles", cycles.orElse(null));
    node.put("interval", interval.toString()).put("race", race).put("stepTimeout", stepTimeout.toString()).put("sampleInterval", sampleInterval.toString());
    node.set("build", json.valueToTree(build));
    node.set("test", json.valueToTree(test));
    node.set("thresholds", json.valueToTree(thresholds));
    node.put("minFreeBytes", minFreeBytes);
    return node;
  }

  /** Reads what {@link #toJson} wrote; a missing or malformed field is an IllegalArgumentException naming it. */
  static SoakOptions fromJson(JsonNode node) {
    Map<String, Double> limits = new java.util.LinkedHashMap<>();
    node.path("thresholds").properties().forEach(e -> limits.put(e.getKey(), e.getValue().asDouble()));
    return new SoakOptions(Path.of(text(node, "project")), optionalText(node, "duration").map(Duration::parse),
        node.path("cycles").isInt() ? Optional.of(node.path("cycles").asInt()) : Optional.empty(), Duration.parse(text(node, "interval")),
        strings(node, "build"), strings(node, "test"), node.path("race").asBoolean(), Duration.parse(text(node, "stepTimeout")),
        Duration.parse(text(node, "sampleInterval")), Map.copyOf(limits), node.path("minFreeBytes").asLong(DEFAULT_MIN_FREE_BYTES));
  }

  private static String text(JsonNode node, String field) {
    return optionalText(node, field).orElseThrow(() -> new IllegalArgumentException("options." + field + " is missing"));
  }

  private static Optional<String> optionalText(JsonNode node, String field) {
    return node.path(field).isTextual() ? Optional.of(node.path(field).asText()) : Optional.empty();
  }

  private static List<String> strings(JsonNode node, String field) {
    if (!node.path(field).isArray()) {
      throw new IllegalArgumentException("options." + field + " is missing");
    }
    List<String> words = new java.util.ArrayList<>();
    node.path(field).forEach(w -> words.add(w.asText()));
    return List.copyOf(words);
  }

  /** "go build ./..." → [go, build, ./...]; double quotes group words. */
  public static List<String> words(String command) {
    List<String> words = new java.util.ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(command);
    while (m.find()) {
      words.add(m.group(1) != null ? m.group(1) : m.group(2));
    }
    return words;
  }
}
