package dev.goready.soak;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * cycles.jsonl: one line per finished cycle, appended and forced to disk before the next cycle starts.
 * A kill -9 can leave at most a torn last line; reading drops it (and cuts the file back to the last
 * whole line) so --resume repeats that cycle instead of refusing the whole run.
 */
final class CycleLog implements AutoCloseable {
  static final String FILE = "cycles.jsonl";
  private static final ObjectMapper JSON = new ObjectMapper();
  private final FileChannel channel;

  private CycleLog(FileChannel channel) {
    this.channel = channel;
  }

  static CycleLog open(Path out) throws IOException {
    return new CycleLog(FileChannel.open(out.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND));
  }

  void append(CycleResult cycle) throws IOException {
    byte[] line = (JSON.writeValueAsString(cycle) + "\n").getBytes(StandardCharsets.UTF_8);
    ByteBuffer buffer = ByteBuffer.wrap(line);
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
    channel.force(false);
  }

  /** Every whole cycle the log holds, numbered 1, 2, 3…; a line that is not one is a clear exit 2. */
  static List<CycleResult> read(Path out) throws IOException {
    return read(out, UnaryOperator.identity());
  }

  /** The same, each cycle passed through {@code keep} as it is read (to hold it compactly). */
  static List<CycleResult> read(Path out, UnaryOperator<CycleResult> keep) throws IOException {
    Path file = out.resolve(FILE);
    if (!Files.exists(file)) {
      return new ArrayList<>();
    }
    byte[] bytes = Files.readAllBytes(file);
    int whole = wholeLinesEnd(bytes);
    if (whole < bytes.length) {
      try (FileChannel torn = FileChannel.open(file, StandardOpenOption.WRITE)) {
        torn.truncate(whole);
      }
    }
    List<CycleResult> cycles = new ArrayList<>();
    int lineNumber = 0;
    for (String line : new String(bytes, 0, whole, StandardCharsets.UTF_8).split("\n", -1)) {
      lineNumber++;
      if (line.isEmpty()) {
        continue;
      }
      CycleResult cycle;
      try {
        cycle = JSON.readValue(line, CycleResult.class);
      } catch (IOException e) {
        throw corrupt(file, lineNumber, "it is not a cycle's record");
      }
      if (cycle.cycle() != cycles.size() + 1) {
        throw corrupt(file, lineNumber, "it holds cycle " + cycle.cycle() + " where cycle " + (cycles.size() + 1) + " belongs");
      }
      cycles.add(keep.apply(cycle));
    }
    return cycles;
  }

  private static int wholeLinesEnd(byte[] bytes) {
    int end = bytes.length;
    while (end > 0 && bytes[end - 1] != '\n') {
      end--;
    }
    return end;
  }

  private static GoreadyException corrupt(Path file, int line, String why) {
    return new GoreadyException(ExitCode.USAGE, "cannot resume from " + file + ":" + line + ": " + why, "the run's records were changed by hand; start a new soak with --out");
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
