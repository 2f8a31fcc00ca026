package dev.goready.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goready.verify.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {
  @TempDir Path temp;
  Path file;
  AuditLog log;

  @BeforeEach
  void writeFive() {
    file = temp.resolve("audit.jsonl");
    log = new AuditLog(file, Clock.fixed(Instant.parse("2026-11-29T10:15:30.123456Z"), ZoneOffset.UTC));
    for (int i = 1; i <= 5; i++) {
      log.append("install", "go1.22." + i, AuditEntry.OK, Map.of("n", i));
    }
  }

  List<String> lines() throws IOException {
    return new ArrayList<>(Files.readAllLines(file));
  }

  void rewrite(List<String> lines) throws IOException {
    Files.write(file, lines);
  }

  @Test
  void aLineThatIsJsonNullIsNoEntry() {
    // Found by AuditPropertiesTest: "null{...}" parsed to a null entry and verify failed with a NullPointerException.
    assertThat(AuditLog.parse("null{\"prev\":\"00\"}".getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(AuditLog.parse("null".getBytes(StandardCharsets.UTF_8))).isEmpty();
  }

  @Test
  void eachLineIsJsonWithTheContractFieldsChainedByTheHashOfThePreviousLine() throws IOException {
    List<String> lines = lines();
    assertThat(lines).hasSize(5);
    ObjectMapper json = new ObjectMapper();
    JsonNode first = json.readTree(lines.get(0));
    assertThat(first.properties()).extracting(Map.Entry::getKey).containsExactly("time", "action", "subject", "result", "details", "prev");
    assertThat(first.get("time").asText()).isEqualTo("2026-11-29T10:15:30.123Z");
    assertThat(first.get("prev").asText()).isEqualTo("0".repeat(64));
    for (int i = 1; i < lines.size(); i++) {
      assertThat(json.readTree(lines.get(i)).get("prev").asText()).isEqualTo(Sha256.hex(lines.get(i - 1).getBytes(StandardCharsets.UTF_8)));
    }
    assertThat(log.verify().ok()).isTrue();
    assertThat(log.verify().lines()).isEqualTo(5);
  }

  @Test
  void anEditedLineIsNamed() throws IOException {
    List<String> lines = lines();
    lines.set(2, lines.get(2).replace("go1.22.3", "go1.22.9"));
    rewrite(lines);
    ChainVerifier.Result result = log.verify();
    assertThat(result.ok()).isFalse();
    // The head still counts five lines, so none were removed: line 3 is the one that changed.
    assertThat(result.firstBadLine()).hasValue(3L);
    assertThat(result.problem()).startsWith("line 3 was edited: line 4 recorded a different hash for it");
  }

  @Test
  void aRemovedLineIsNamed() throws IOException {
    List<String> lines = lines();
    lines.remove(2);
    rewrite(lines);
    ChainVerifier.Result result = log.verify();
    assertThat(result.firstBadLine()).hasValue(3L);
    assertThat(result.problem()).contains("lines were removed between line 2 and line 3", "head recorded 5 lines, the log holds 4");
  }

  @Test
  void reorderedLinesAreNamed() throws IOException {
    List<String> lines = lines();
    Collections.swap(lines, 1, 2);
    rewrite(lines);
    ChainVerifier.Result result = log.verify();
    assertThat(result.firstBadLine()).hasValue(2L);
    assertThat(result.problem()).contains("line 2 is out of order: it was written after line 3");
  }

  @Test
  void removingTheFirstLinesIsDetected() throws IOException {
    List<String> lines = lines();
    rewrite(lines.subList(2, 5));
    assertThat(log.verify().problem()).contains("line 1 does not start the chain");
  }

  @Test
  void aLineThatIsNotJsonIsNamed() throws IOException {
    List<String> lines = lines();
    lines.add(3, "hello");
    rewrite(lines);
    assertThat(log.verify().firstBadLine()).hasValue(4L);
    assertThat(log.verify().problem()).contains("line 4 is not an audit entry");
  }

  @Test
  void aTornLastLineFromACrashIsCutAndTheCutIsLogged() throws IOException {
    Files.writeString(file, "{\"time\":\"2026-11-29T10:15:31Z\",\"action\":\"downl", StandardOpenOption.APPEND);
    log.append("activate", "go1.22.5", AuditEntry.OK, Map.of());
    List<String> lines = lines();
    assertThat(lines).hasSize(7);
    assertThat(lines.get(5)).contains("\"action\":\"recover\"", "\"discardedBytes\":");
    assertThat(lines.get(6)).contains("\"action\":\"activate\"");
    assertThat(log.verify().ok()).isTrue();
  }

  @Test
  void entriesReadBackForTheTable() {
    assertThat(log.entries()).extracting(AuditEntry::subject).containsExactly("go1.22.1", "go1.22.2", "go1.22.3", "go1.22.4", "go1.22.5");
  }

  @Test
  void linesCutFromTheEndAreDetectedThroughTheHead() throws IOException {
    List<String> lines = lines();
    rewrite(lines.subList(0, 3));
    ChainVerifier.Result result = log.verify();
    assertThat(result.ok()).isFalse();
    assertThat(result.problem()).contains("lines 4 to 5 were removed from the end");
  }

  @Test
  void aReplacedLastLineIsDetectedThroughTheHead() throws IOException {
    List<String> lines = lines();
    lines.set(4, lines.get(4).replace("go1.22.5", "go1.22.9"));
    rewrite(lines);
    assertThat(log.verify().ok()).isFalse();
  }

  @Test
  void aLogThatIsNotARegularFileIsRefusedAndABinaryOneIsWalked() throws Exception {
    Files.delete(file);
    Process mkfifo = new ProcessBuilder("mkfifo", file.toString()).start();
    assertThat(mkfifo.waitFor()).isZero();
    org.assertj.core.api.Assertions.assertThatThrownBy(log::verify).hasMessageContaining("is not a regular file");
    Files.delete(file);
    byte[] noise = new byte[8 << 20];
    new java.util.Random(1).nextBytes(noise);
    Files.write(file, noise);
    ChainVerifier.Result result = log.verify();
    assertThat(result.ok()).isFalse();
    assertThat(result.problem()).contains("is not an audit entry");
  }

  @Test
  void theHeadKeepsCountAcrossAppends() throws IOException {
    assertThat(Files.readString(temp.resolve("audit.jsonl.head"))).contains("\"lines\":5");
    Files.delete(temp.resolve("audit.jsonl.head")); // a log from before heads: counted once, then kept
    log.append("use", "go1.22.5", AuditEntry.OK, Map.of());
    assertThat(Files.readString(temp.resolve("audit.jsonl.head"))).contains("\"lines\":6");
    assertThat(log.verify().ok()).isTrue();
  }
}
