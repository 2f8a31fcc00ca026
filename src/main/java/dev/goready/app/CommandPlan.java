package dev.goready.app;

import java.util.List;

/**
 * PowerShell lines a helper would run on Windows, shown for review unless the user said --apply:
 * {@code header} says where to paste them (an elevated terminal, a plain one).
 */
public record CommandPlan(List<String> header, List<String> commands) {
  public CommandPlan {
    header = List.copyOf(header);
    commands = List.copyOf(commands);
  }
}
