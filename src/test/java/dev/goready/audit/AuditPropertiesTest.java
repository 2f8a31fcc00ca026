package dev.goready.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.testing.Fuzz;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Fuzz targets for an audit log someone or something has damaged: its lines and its head file. */
@Tag("fuzz")
class AuditPropertiesTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:15:30.123456Z"), ZoneOffset.UTC);
  private static Path temp;
  private static byte[] realLog;
  private static byte[] realHead;

  @BeforeContainer
  static void writeFiveRealEntries() throws IOException {
    temp = Files.createTempDirectory("audit-fuzz");
    Path file = temp.resolve("sample.jsonl");
    AuditLog log = new AuditLog(file, CLOCK);
    log.append("install", "go1.22.5", AuditEntry.OK, Map.of("n", 1, "url", "https://go.dev/dl/go1.22.5.linux-amd64.tar.gz"));
    log.append("use", "go1.22.5", AuditEntry.OK, Map.of());
    log.append("env", "GOPATH", AuditEntry.FAIL, Map.of("why", "é\u2028\"quoted\"\n"));
    log.append("install", "go1.21.13", AuditEntry.OK, Map.of("sha256", "904b924d435eaea086515bc63235b192ea441bd8c9b198c507e85009e6e4c7f0"));
    log.append("uninstall", "go1.21.13", AuditEntry.OK, Map.of("n", List.of(1, 2, 3)));
    realLog = Files.readAllBytes(file);
    realHead = Files.readAllBytes(LogHead.fileFor(file));
    assertThat(log.verify().ok()).isTrue();
  }

  @AfterContainer
  static void removeTemp() throws IOException {
    try (Stream<Path> walk = Files.walk(temp)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  @Provide
  Arbitrary<byte[]> logs() {
    return Fuzz.nearBytes(List.of(realLog));
  }

  @Provide
  Arbitrary<byte[]> heads() {
    return Fuzz.nearBytes(List.of(realHead));
  }

  private static Path fresh(byte[] log, byte[] head) throws IOException {
    Path dir = Files.createTempDirectory(temp, "try");
    Path file = dir.resolve("audit.jsonl");
    Files.write(file, log);
    Files.write(LogHead.fileFor(file), head);
    return file;
  }

  /** A damaged log is read, verified and appended to; a result or a GoreadyException, never anything else. */
  @Property
  void damagedLogsVerifyToAResult(@ForAll("logs") byte[] bytes) throws IOException {
    Path file = fresh(bytes, realHead);
    AuditLog log = new AuditLog(file, CLOCK);
    ChainVerifier.Result result = Fuzz.only(bytes, log::verify);
    if (java.util.Arrays.equals(bytes, realLog)) {
      assertThat(result).isNotNull();
      assertThat(result.ok()).isTrue();
    }
    Fuzz.only(bytes, log::entries);
    Fuzz.run(bytes, () -> log.append("use", "go1.22.5", AuditEntry.OK, Map.of()));
    Fuzz.only(bytes, log::verify);
  }

  @Property
  void damagedHeadsVerifyToAResult(@ForAll("heads") byte[] bytes) throws IOException {
    Path file = fresh(realLog, bytes);
    AuditLog log = new AuditLog(file, CLOCK);
    Fuzz.only(bytes, log::verify);
    Fuzz.run(bytes, () -> log.append("use", "go1.22.5", AuditEntry.OK, Map.of()));
    Fuzz.only(bytes, log::verify);
  }
}
