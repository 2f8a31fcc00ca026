package dev.goready.doctor;

import java.util.List;

/**
 * A fix as data: exact commands to run, and a sentence saying what they do and why. Doctor applies it
 * only with --fix, and then only the commands that are goready's own actions.
 */
public record Fix(List<String> commands, String text) {
  public static Fix of(String text, String... commands) {
    return new Fix(List.of(commands), text);
  }

  /** The commands goready can carry out itself, in order. */
  public List<FixAction> actions() {
    return commands.stream().map(FixAction::of).flatMap(java.util.Optional::stream).toList();
  }
}
