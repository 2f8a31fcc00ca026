package dev.goready.cli;

import dev.goready.app.Composition;
import dev.goready.host.Host;
import java.io.PrintStream;

/** What every command shares: the machine, the output streams, and the --debug switch. */
final class Context {
  private final Host host;
  private final PrintStream out;
  private final PrintStream err;
  private boolean debug;
  private Composition composition;

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

  /** The services, built on first use: --help and --version never read settings. */
  Composition composition() {
    if (composition == null) {
      composition = new Composition(host, err);
    }
    return composition;
  }

  boolean debug() {
    return debug;
  }

  void debug(boolean on) {
    debug = on;
  }
}
