package dev.goready.cli;

import dev.goready.host.RealHost;

/** Runs goready on the live machine and exits with its code; everything else is testable in-process. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(Cli.run(new RealHost(), System.out, System.err, args));
  }
}
