package dev.goready.cli;

/** How a script that goready writes starts goready again: the launcher that started this run (goready.launcher, set by bin/goready and ./goready), else goready on PATH. */
final class Launcher {
  private Launcher() {}

  static String command() {
    String launcher = System.getProperty("goready.launcher", "");
    return launcher.isBlank() ? "goready" : launcher;
  }
}
