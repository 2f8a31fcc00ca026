package dev.goready.doctor;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A fix goready can carry out itself, never a shell line: one of its own commands, or unsetting one of
 * Go's settings with the go on PATH ({@code go env -u NAME}, which the go command writes atomically).
 * Some are {@link #held()}: they need root, an elevated terminal or a WSL restart, so `doctor --fix`
 * names them and leaves them to the user. Every other fix command stays advice.
 */
public record FixAction(Program program, List<String> args, Optional<String> held) {
  /** Which program the arguments are for. */
  public enum Program {
    GOREADY("goready"),
    GO("go");

    private final String id;

    Program(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }
  }

  /** goready's commands that change only what they audit and can undo: toolchains and the shells' set-up. */
  private static final Set<String> RUNNABLE = Set.of("install", "use", "env");
  private static final Set<String> WSL_CONF_FLAGS = Set.of("--systemd", "--append-windows-path", "--generate-resolv-conf");
  private static final String PLAIN_WORD = "[A-Za-z0-9._/@:=,+-]+";
  private static final String GO_SETTING = "[A-Z][A-Z0-9_]{0,63}";

  /** The action a fix command is, when it is one of the lines above with no shell syntax. */
  static Optional<FixAction> of(String command) {
    List<String> words = List.of(command.strip().split(" +"));
    if (words.size() < 2 || !words.stream().allMatch(word -> word.matches(PLAIN_WORD))) {
      return Optional.empty();
    }
    List<String> args = words.subList(1, words.size());
    if (words.getFirst().equals("go")) {
      return args.size() == 3 && args.get(0).equals("env") && args.get(1).equals("-u") && args.get(2).matches(GO_SETTING)
          ? Optional.of(new FixAction(Program.GO, args, Optional.empty())) : Optional.empty();
    }
    if (!words.getFirst().equals("goready")) {
      return Optional.empty();
    }
    if (RUNNABLE.contains(args.getFirst())) {
      return Optional.of(new FixAction(Program.GOREADY, args, Optional.empty()));
    }
    if (args.size() > 2 && args.get(0).equals("wsl") && args.get(1).equals("config")) {
      boolean wslConf = args.stream().anyMatch(a -> WSL_CONF_FLAGS.contains(a.replaceFirst("=.*$", "")));
      return Optional.of(new FixAction(Program.GOREADY, args, Optional.of(wslConf
          ? "edits /etc/wsl.conf, which needs root (sudo -E), and takes effect after wsl.exe --shutdown"
          : "takes effect after wsl.exe --shutdown, which restarts every distro")));
    }
    if (args.equals(List.of("windows", "defender", "--apply"))) {
      return Optional.of(new FixAction(Program.GOREADY, args, Optional.of("needs an elevated (administrator) terminal")));
    }
    return Optional.empty();
  }

  /** As the user would type it. */
  public String command() {
    return program.id() + " " + String.join(" ", args);
  }
}
