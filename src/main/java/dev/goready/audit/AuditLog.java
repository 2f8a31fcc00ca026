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
    append("verify", subject, check.status() == CheckResult.Status.OK ? AuditEntry.OK : AuditEntry.FAIL, details);
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
        long tornBytes = dropTornTail(channel);
        if (tornBytes > 0) {
          write(channel, entry("recover", file.getFileName().toString(), AuditEntry.OK, Map.of("discardedBytes", tornBytes, "reason", "a write was interrupted before its line was complete"), channel));
        }
        write(channel, entry(action, subject, result, details, channel));
        channel.force(true);
      }
    } catch (IOException e) {
      throw new GoreadyException(ExitCode.LOCAL, "cannot append to audit log " + file + ": " + e.getMessage(), "make GOREADY_HOME writable");
    }
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

  /**
   * A kill -9 in the middle of a write can leave a last line without its newline. It was never a
   * complete record, so it is cut off, and the cut itself is logged by the caller.
   */
  private static long dropTornTail(FileChannel channel) throws IOException {
    long size = channel.size();
    if (size == 0 || lastByte(channel, size) == '\n') {
      return 0;
    }
    long keep = size - 1;
    while (keep > 0 && lastByte(channel, keep) != '\n') {
      keep--;
    }
    channel.truncate(keep);
    return size - keep;
  }

  private static byte lastByte(FileChannel channel, long end) throws IOException {
    ByteBuffer one = ByteBuffer.allocate(1);
    channel.read(one, end - 1);
    return one.get(0);
  }

  /** SHA-256 of the last complete line, read backwards from the end so a long log costs nothing. */
  private static String lastLineHash(FileChannel channel) throws IOException {
    long end = channel.size() - 1; // position of the final '\n'
    if (end < 0) {
      return GENESIS;
    }
    long start = end;
    while (start > 0 && lastByte(channel, start) != '\n') {
      start--;
    }
    ByteBuffer line = ByteBuffer.allocate((int) (end - start));
    channel.read(line, start);
    return Sha256.hex(line.array());
  }

  /** Every line as read, for {@code goready audit}; a line that is not an entry shows as unreadable. */
  public List<AuditEntry> entries() {
    List<AuditEntry> entries = new ArrayList<>();
    for (byte[] line : lines()) {
      entries.add(parse(line).orElse(new AuditEntry("?", "?", "(unreadable line)", "?", Map.of(), "?")));
    }
    return entries;
  }

  static Optional<AuditEntry> parse(byte[] line) {
    try {
      AuditEntry entry = JSON.readValue(line, AuditEntry.class);
      return entry.prev() == null ? Optional.empty() : Optional.of(entry);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The raw lines, as bytes: the chain is over bytes, whatever an editor did to the encoding. */
  private List<byte[]> lines() {
    if (!Files.exists(file)) {
      return List.of();
    }
    byte[] all;
    try {
      all = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new GoreadyException(ExitCode.LOCAL, "cannot read audit log " + file + ": " + e.getMessage(), null);
    }
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < all.length; i++) {
      if (all[i] == '\n') {
        lines.add(Arrays.copyOfRange(all, start, i));
        start = i + 1;
      }
    }
    if (start < all.length) {
      lines.add(Arrays.copyOfRange(all, start, all.length));
    }
    return lines;
  }

  /** Re-walks the chain; see {@link ChainVerifier}. */
  public ChainVerifier.Result verify() {
    return ChainVerifier.verify(lines());
  }
}
