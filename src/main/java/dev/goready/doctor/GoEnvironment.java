package dev.goready.doctor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** `go env -json` as read from the go that PATH finds first. */
public record GoEnvironment(String goBinary, Map<String, String> values) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public static Optional<GoEnvironment> parse(String goBinary, String json) {
    try {
      JsonNode node = JSON.readTree(json);
      if (node == null || !node.isObject()) {
        return Optional.empty();
      }
      Map<String, String> values = new LinkedHashMap<>();
      node.properties().forEach(e -> values.put(e.getKey(), e.getValue().asText()));
      return Optional.of(new GoEnvironment(goBinary, Map.copyOf(values)));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  public Optional<String> get(String name) {
    return Optional.ofNullable(values.get(name)).filter(v -> !v.isEmpty());
  }
}
