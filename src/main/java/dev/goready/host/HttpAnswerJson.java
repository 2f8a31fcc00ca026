package dev.goready.host;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * One recorded {@link HttpAnswer} in network.json's {@code "http"} object, keyed by URL:
 * {@code {"status": 200, "ms": 84, "proxy": "none"}} or {@code {"failure": "tls-untrusted",
 * "message": "…", "ms": 12, "proxy": "http://proxy:3128"}}. Credentials in URLs never reach the file.
 */
final class HttpAnswerJson {
  private HttpAnswerJson() {}

  static ObjectNode write(HttpAnswer answer) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    answer.status().ifPresent(status -> node.put("status", status));
    answer.failure().ifPresent(f -> node.put("failure", f.kind().id()).put("message", Secrets.redactUrls(f.message())));
    return node.put("ms", answer.millis()).put("proxy", Secrets.redactUrls(answer.proxy()));
  }

  /** A recorded answer; anything that is neither a status nor a failure is no answer (not recorded). */
  static Optional<HttpAnswer> read(JsonNode node) {
    if (node == null || !node.isObject()) {
      return Optional.empty();
    }
    long millis = Math.max(0, node.path("ms").asLong(0));
    String proxy = node.path("proxy").asText("none");
    if (node.path("status").canConvertToInt() && node.path("status").isIntegralNumber()) {
      return Optional.of(HttpAnswer.status(node.path("status").asInt(), millis, proxy));
    }
    if (node.path("failure").isTextual()) {
      return Optional.of(HttpAnswer.failed(HttpAnswer.Kind.fromId(node.path("failure").asText()), node.path("message").asText(""), millis, proxy));
    }
    return Optional.empty();
  }
}
