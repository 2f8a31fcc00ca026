package dev.goready.cli;

import dev.goready.host.Host;
import java.io.PrintStream;

/** What every command shares: the machine, the output streams, and the --debug switch. */
final class Context {
  private final Host host;
  private final PrintStream out;
  private final PrintStream err;
  private boolean debug;

  Context(Host host, PrintStream out, PrintStream err) {
    this.host = host;
    this.out = out;
    this.err = err;
  }

  Host host() {
    return host;
  }

  PrintStream out() {
    return out;
  }

  PrintStream err() {
    return err;
  }

  boolean debug() {
    return debug;
  }

  void debug(boolean on) {
    debug = on;
  }
}
