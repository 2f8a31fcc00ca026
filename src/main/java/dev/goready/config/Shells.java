package dev.goready.config;

import dev.goready.host.Host;
import dev.goready.host.OsFamily;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The shells goready knows, listed once: this order is the order of --help, of plans and of their output. */
public final class Shells {
  public static final List<Shell> ALL = List.of(
      new Shell.Bash(), new Shell.Zsh(), new Shell.Fish(), new Shell.Sh(), new Shell.Pwsh(), new Shell.WindowsPowerShell(), new Shell.Cmd());

  /** sh is on every Unix: goready's choice when it finds no other shell there. */
  static final Shell FALLBACK = new Shell.Sh();

  private Shells() {}

  public static List<String> ids() {
    return ALL.stream().map(Shell::id).toList();
  }

  /** The shell --shell names: surrounding blanks and case do not matter. */
  public static Optional<Shell> parse(String id) {
    // Compared upper-cased, as Java upper-cases (so "baſh" is bash), the way --shell has always matched.
    String wanted = id.strip().toUpperCase(Locale.ROOT);
    return ALL.stream().filter(shell -> shell.id().toUpperCase(Locale.ROOT).equals(wanted)).findFirst();
  }

  /** These shells in {@link #ALL}'s order, whatever order the collection has. */
  public static List<Shell> inOrder(Collection<Shell> shells) {
    return ALL.stream().filter(shells::contains).toList();
  }

  /** The user's shell when --print names none: Windows PowerShell on Windows, else $SHELL if goready knows it there, else sh. */
  public static Shell login(Host host) {
    if (host.os() == OsFamily.WINDOWS) {
      return new Shell.WindowsPowerShell();
    }
    String program = host.env("SHELL").map(s -> s.substring(s.lastIndexOf('/') + 1)).orElse(FALLBACK.id());
    return ALL.stream().filter(shell -> shell.runsOn(host.os()) && shell.id().equals(program)).findFirst().orElse(FALLBACK);
  }
}
