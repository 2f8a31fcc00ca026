package dev.goready.soak;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

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

  /**
   * Passes every whole cycle the log holds, numbered 1, 2, 3…, to {@code each} as it is read, and returns
   * how many there were: the log is streamed, never held whole, since a long run's log is far larger
   * than what is kept from it. A line that is not a cycle is a clear exit 2.
   */
  static int read(Path out, Consumer<CycleResult> each) throws IOException {
    Path file = out.resolve(FILE);
    if (!Files.exists(file)) {
      return 0;
    }
    TornTail.cut(file);
    int cycles = 0;
    int lineNumber = 0;
    try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
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
        if (cycle.cycle() != cycles + 1) {
          throw corrupt(file, lineNumber, "it holds cycle " + cycle.cycle() + " where cycle " + (cycles + 1) + " belongs");
        }
        each.accept(cycle);
        cycles++;
      }
    } catch (java.nio.charset.MalformedInputException e) {
      throw corrupt(file, lineNumber + 1, "it is not UTF-8");
    }
    return cycles;
  }

  private static GoreadyException corrupt(Path file, int line, String why) {
    return new GoreadyException(ExitCode.USAGE, "cannot resume from " + file + ":" + line + ": " + why, "the run's records were changed by hand; start a new soak with --out");
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
