package dev.goready.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goready.LocalIo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How long the log was after the last append, kept beside it ({@code audit.jsonl.head}): a chain
 * cannot show that lines were cut from its end, the head can. Written whole by rename after each
 * append, so it always describes a complete log.
 */
record LogHead(long lines, String lastLineHash) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_BYTES = 4096;

  static Path fileFor(Path log) {
    return log.resolveSibling(log.getFileName() + ".head");
  }

  /** The recorded head; empty when there is none (a log from before heads, or the first append) or it is unreadable. */
  static Optional<LogHead> read(Path log) {
    Path file = fileFor(log);
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
        return Optional.empty();
      }
      JsonNode node = JSON.readTree(Files.readAllBytes(file));
      if (node == null || !node.path("lines").canConvertToLong() || !node.path("last").isTextual()) {
        return Optional.empty();
      }
      return Optional.of(new LogHead(node.get("lines").asLong(), node.get("last").asText()));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  void write(Path log) throws IOException {
    String text = JSON.createObjectNode().put("lines", lines).put("last", lastLineHash).toString() + "\n";
    LocalIo.writeAtomically(fileFor(log), text.getBytes(StandardCharsets.UTF_8));
  }
}
