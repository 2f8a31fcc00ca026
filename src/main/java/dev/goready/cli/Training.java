package dev.goready.cli;

import dev.goready.host.RealHost;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;

/**
 * The release bundle's training run for its AOT cache (bin/goready): the short commands users start
 * most, one after another in one JVM, their output discarded. Each only reads the machine.
 */
public final class Training {
  static final List<List<String>> COMMANDS = List.of(
      List.of("--version"),
      List.of("doctor", "--offline", "--timeout", "3"),
      List.of("doctor", "--offline", "--timeout", "3", "--format", "json"),
      List.of("list"),
      List.of("env", "--print"));

  private Training() {}

  public static void main(String[] args) {
    PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
    for (List<String> command : COMMANDS) {
      Cli.run(new RealHost(), nowhere, nowhere, command.toArray(String[]::new));
    }
  }
}
