package dev.goready.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.verify.CheckResult;
import dev.goready.verify.Sha256;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The append-only, hash-chained log: each line is one JSON object whose {@code prev} is the SHA-256
 * (hex) of the previous line's bytes (UTF-8, without its newline), 64 zeros for the first. Callers
 * append under the store lock; every append is forced to disk before it returns.
 */
public final class AuditLog {
  public static final String GENESIS = "0".repeat(64);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final Clock clock;

  public AuditLog(Path file, Clock clock) {
    this.file = file;
    this.clock = clock;
  }

  public Path file() {
    return file;
  }

  /** Records one verification of {@code subject}: only ok is ok; {@code extra} adds to what was checked (the file). */
  public void appendCheck(String subject, CheckResult check, Map<String, ?> extra) {
    Map<String, Object> details = new LinkedHashMap<>(check.details());
    details.putAll(extra);
    // ok, fail or unavailable: a check that could not run (no signature published, index offline) did not fail.
    append("verify", subject, check.status().id(), details);
  }

  /**
   * Proves the log can take a line before anything is changed: goready changes nothing it cannot
   * record. Creates the log (and its folder) if absent; refuses a log that is not a regular file.
   */
  public void requireWritable() {
    try {
      Files.createDirectories(file.getParent());
      if (Files.exists(file) && !Files.isRegularFile(file)) {
        throw new GoreadyException(ExitCode.LOCAL, "audit log " + file + " is not a regular file; nothing was changed", "move it away; goready starts a new log");
      }
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
        channel.force(false);
      }
    } catch (IOException e) {
      throw new GoreadyException(ExitCode.LOCAL, "cannot write audit log " + file + ": " + e.getMessage() + "; nothing was changed", "make GOREADY_HOME writable");
    }
  }

  public void append(String action, String subject, String result, Map<String, ?> details) {
    try {
      Files.createDirectories(file.getParent());
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
        if (!Files.isRegularFile(file)) {
          throw new IOException("not a regular file");
        }
        long tornBytes = LogTail.tornBytes(channel); // read once: the tail is read backwards, but still read
        long lines = linesBefore(channel, tornBytes);
        if (tornBytes > 0) {
          // A kill -9 mid-write left a line without its newline: never a complete record, so it is cut, and the cut logged.
          channel.truncate(channel.size() - tornBytes);
          write(channel, entry("recover", file.getFileName().toString(), AuditEntry.OK, Map.of("discardedBytes", tornBytes, "reason", "a write was interrupted before its line was complete"), channel));
          lines++;
        }
        byte[] line = entry(action, subject, result, details, channel);
        write(channel, line);
        channel.force(true);
        new LogHead(lines + 1, Sha256.hex(Arrays.copyOf(line, line.length - 1))).write(file);
      }
    } catch (IOException e) {
      throw new GoreadyException(ExitCode.LOCAL, "cannot append to audit log " + file + ": " + e.getMessage(), "make GOREADY_HOME writable");
    }
  }

  /**
   * Complete lines in the log now: from the head when it describes this log's last line (the usual
   * case, costing nothing), else counted once (a log from before heads).
   */
  private long linesBefore(FileChannel channel, long tornBytes) throws IOException {
    if (channel.size() - tornBytes == 0) {
      return 0;
    }
    Optional<LogHead> head = LogHead.read(file);
    if (head.isPresent() && tornBytes == 0 && head.get().lastLineHash().equalsIgnoreCase(Sha256.hex(LogTail.lastLine(channel)))) {
      return head.get().lines();
    }
    long[] count = {0};
    LogLines.forEach(file, (number, bytes) -> count[0] = number);
    return tornBytes > 0 ? count[0] - 1 : count[0];
  }

  private byte[] entry(String action, String subject, String result, Map<String, ?> details, FileChannel channel) throws IOException {
    Map<String, Object> copy = new LinkedHashMap<>(details);
    AuditEntry entry =
        new AuditEntry(Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString(), action, subject, result, copy, lastLineHash(channel));
    return (JSON.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private static void write(FileChannel channel, byte[] line) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(line);
    long at = channel.size();
    while (buffer.hasRemaining()) {
      at += channel.write(buffer, at);
    }
  }

  /** SHA-256 of the last complete line, read backwards from the end so a long log costs nothing. */
  private static String lastLineHash(FileChannel channel) throws IOException {
    return channel.size() == 0 ? GENESIS : Sha256.hex(LogTail.lastLine(channel));
  }

  /** Every line as read, for {@code goready audit}; a line that is not an entry shows as unreadable. */
  public List<AuditEntry> entries() {
    List<AuditEntry> entries = new ArrayList<>();
    if (!Files.exists(file)) {
      return entries;
    }
    readable(() -> LogLines.forEach(file, (number, line) ->
        entries.add((line == null ? Optional.<AuditEntry>empty() : parse(line)).orElse(new AuditEntry("?", "?", "(unreadable line)", "?", Map.of(), "?")))));
    return entries;
  }

  static Optional<AuditEntry> parse(byte[] line) {
    try {
      AuditEntry entry = JSON.readValue(line, AuditEntry.class);
      return entry == null || entry.prev() == null ? Optional.empty() : Optional.of(entry); // a line "null" reads as no entry
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Re-walks the chain and holds it against the head; see {@link ChainVerifier}. */
  public ChainVerifier.Result verify() {
    if (!Files.exists(file)) {
      return new ChainVerifier.Result(0, Optional.empty(), "");
    }
    return readable(() -> ChainVerifier.verify(file, LogHead.read(file)));
  }

  private interface Read<T> {
    T run() throws IOException;
  }

  /** A FIFO or device is refused before it is opened: reading one could block or never end. */
  private <T> T readable(Read<T> read) {
    if (!Files.isRegularFile(file)) {
      throw new GoreadyException(ExitCode.LOCAL, "audit log " + file + " is not a regular file", "move it away; goready starts a new log");
    }
    try {
      return read.run();
    } catch (IOException e) {
      throw new GoreadyException(ExitCode.LOCAL, "cannot read audit log " + file + ": " + e.getMessage(), null);
    }
  }
}
