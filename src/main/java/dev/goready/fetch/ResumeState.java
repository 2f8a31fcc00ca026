package dev.goready.fetch;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;

/**
 * What {@code <name>.part.json} keeps for a later run to resume the {@code .part}: the URL, the size
 * the index promised (-1 if none) and the validator the server named. Whatever else the file holds
 * (torn by a kill, edited, another type, a validator that is not one) is no state: the download
 * starts over rather than trusting it.
 */
record ResumeState(String url, long size, ResumeValidator validator) {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** A state file is about a hundred bytes; anything far larger is not one. */
  static final int MAX_BYTES = 64 << 10;

  static Optional<ResumeState> read(byte[] json) {
    if (json.length > MAX_BYTES) {
      return Optional.empty();
    }
    JsonNode saved;
    try {
      saved = JSON.readTree(json);
    } catch (IOException e) {
      return Optional.empty();
    }
    if (saved == null || !saved.isObject() || !saved.path("url").isTextual() || !saved.path("size").canConvertToExactIntegral()
        || !saved.path("size").canConvertToLong() || !saved.path("validator").isTextual()) {
      return Optional.empty();
    }
    return ResumeValidator.parse(saved.get("validator").asText())
        .map(validator -> new ResumeState(saved.get("url").asText(), saved.get("size").asLong(), validator));
  }

  byte[] toJson() {
    try {
      return JSON.writeValueAsBytes(JSON.createObjectNode().put("url", url).put("size", size).put("validator", validator.value()));
    } catch (JacksonException e) {
      throw new IllegalStateException("three plain fields always serialize", e);
    }
  }
}
