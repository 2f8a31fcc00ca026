package dev.goready.host;

import java.nio.charset.StandardCharsets;

/**
 * What a finished (or abandoned) process left behind. Output stays as bytes: some Windows tools
 * (wsl.exe) write UTF-16LE, so decoding is the reader's choice, not the runner's.
 */
public record CommandResult(int exit, byte[] stdout, byte[] stderr, boolean timedOut, boolean notFound) {

  public static CommandResult notFoundResult() {
    return new CommandResult(127, new byte[0], new byte[0], false, true);
  }

  public boolean succeeded() {
    return exit == 0 && !timedOut && !notFound;
  }

  public String stdoutText() {
    return new String(stdout, StandardCharsets.UTF_8);
  }

  public String stderrText() {
    return new String(stderr, StandardCharsets.UTF_8);
  }
}
