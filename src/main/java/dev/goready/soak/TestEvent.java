package dev.goready.soak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;

/**
 * One event of `go test -json` (test2json): start/run/pause/cont/pass/fail/skip/bench/output, and from
 * Go 1.24 the interleaved build events (build-output/build-fail, keyed by ImportPath) and FailedBuild
 * on a package's fail. A line that is not such an event yields nothing; the stream goes on.
 */
public record TestEvent(String action, String pkg, String test, double elapsed, String output, String failedBuild) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public static Optional<TestEvent> parse(String line) {
    String trimmed = line.strip();
    if (!trimmed.startsWith("{")) {
      return Optional.empty();
    }
    try {
      return of(JSON.readTree(trimmed));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The event in an already parsed line (the soak parses each line once, for the event and for the event log). */
  public static Optional<TestEvent> of(JsonNode node) {
    if (node == null || !node.isObject() || !node.hasNonNull("Action")) {
      return Optional.empty();
    }
    String pkg = node.path("Package").asText(node.path("ImportPath").asText(""));
    return Optional.of(new TestEvent(node.get("Action").asText(), pkg, node.path("Test").asText(""),
        node.path("Elapsed").asDouble(0), node.path("Output").asText(""), node.path("FailedBuild").asText("")));
  }

  public boolean isTest() {
    return !test.isEmpty();
  }

  public boolean isOutcome() {
    return action.equals("pass") || action.equals("fail") || action.equals("skip");
  }
}
