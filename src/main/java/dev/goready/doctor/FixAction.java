package dev.goready.doctor;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A fix goready can carry out itself: one of its own commands, never a shell line. `doctor --fix` runs
 * only these; every other fix command stays advice for the user.
 */
public record FixAction(List<String> args) {
  /** goready's commands that change only what they audit and can undo: toolchains and the shells' set-up. */
  private static final Set<String> ACTIONS = Set.of("install", "use", "env");
  private static final String PLAIN_WORD = "[A-Za-z0-9._/@:=,+-]+";

  /** The action a fix command is, when it is a plain `goready install|use|env …` line with no shell syntax. */
  static Optional<FixAction> of(String command) {
    List<String> words = List.of(command.strip().split(" +"));
    if (words.size() < 2 || !words.getFirst().equals("goready") || !ACTIONS.contains(words.get(1))
        || !words.stream().allMatch(word -> word.matches(PLAIN_WORD))) {
      return Optional.empty();
    }
    return Optional.of(new FixAction(words.subList(1, words.size())));
  }

  /** As the user would type it. */
  public String command() {
    return "goready " + String.join(" ", args);
  }
}
