package dev.goready.doctor;

import java.util.List;

/** A fix as data: exact commands to run, and a sentence saying what they do and why. Doctor never applies it. */
public record Fix(List<String> commands, String text) {
  public static Fix of(String text, String... commands) {
    return new Fix(List.of(commands), text);
  }
}
