package dev.goready.config;

import dev.goready.host.OsFamily;
import dev.goready.project.ShellHook;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A shell goready configures: where it lives, which startup files it reads and the lines that make
 * it find Go. Unix shells source an env file under GOREADY_HOME whose PATH additions are guarded
 * against duplicates; PowerShell carries its guarded lines in the profile itself; cmd reads the
 * Windows user environment. Every path is written literally, so the lines work where GOREADY_HOME
 * is not set. Sealed, with every answer abstract, so a shell that leaves one out does not compile;
 * the shells live in this file (the compiler infers the permitted list) and {@link Shells#ALL}.
 */
public sealed interface Shell {
  /** First line of goready's block: says what it is for and how to undo it. */
  String BLOCK_NOTE = "Go toolchain and tools on PATH (goready env; undo with goready env --remove)";

  /** The name --shell takes. */
  String id();

  /** Whether this shell exists on that OS at all (--shell all). */
  boolean runsOn(OsFamily os);

  /** Whether this machine has it: its program on PATH ({@code onPath}) or its startup file present. */
  boolean found(EnvLayout layout, Predicate<String> onPath);

  List<Path> startupFiles(EnvLayout layout);

  /**
   * Files this shell reads after goready's own, which goready does not write: a line there that puts
   * another go first on PATH wins in every shell that reads it.
   */
  default List<Path> laterFiles(EnvLayout layout) {
    return List.of();
  }

  /** The line ending of a startup file goready creates, as the shell's editors would write it. */
  String newline(EnvLayout layout);

  /**
   * Whether a CRLF line still runs: PowerShell and cmd strip the \r, bash, zsh, sh and fish take it
   * as part of the command ("env.sh\r: No such file"), so their block is LF even in a CRLF file.
   */
  boolean readsCrlf();

  /** cmd and Explorer take PATH from the Windows user environment, not from a startup file. */
  boolean readsUserEnvironment();

  String quote(String text);

  String comment(String text);

  /** Lines that put {@code dirs} on PATH, first one first, each only if PATH lacks it, and export PATH. */
  List<String> pathLines(List<String> dirs);

  /** A line that reads {@code file} into the running shell, if it exists. */
  String source(Path file);

  /** goready's env file that the startup files source; empty: the PATH lines go in the startup file itself. */
  Optional<EnvFile> envFile(EnvLayout layout);

  /** What `goready env --print` prints for `eval` / `source` / `Invoke-Expression`. */
  String printLines(EnvLayout layout);

  /** The lines between goready's markers in the startup files. */
  default List<String> block(EnvLayout layout) {
    List<String> lines = new ArrayList<>(List.of(comment(BLOCK_NOTE)));
    envFile(layout).ifPresentOrElse(env -> lines.add(source(env.path())), () -> {
      lines.addAll(pathLines(layout.pathDirs()));
      hookLine(layout).ifPresent(lines::add);
    });
    return lines;
  }

  /** The per-project hook this shell sources, if there is one for it. */
  default Optional<ShellHook> hook() {
    return Optional.empty();
  }

  /** The line that sources the hook, when the layout asks for it. */
  default Optional<String> hookLine(EnvLayout layout) {
    return layout.hook() ? hook().map(h -> source(h.file(layout.goreadyHome()))) : Optional.empty();
  }

  /** An env file under GOREADY_HOME, shared by the shells that name the same path, and why it exists. */
  record EnvFile(Path path, String why) {}

  /** Whether the program is on PATH or its first startup file exists: how goready finds most shells. */
  private static boolean programOrStartupFile(Shell shell, EnvLayout layout, Predicate<String> onPath) {
    return onPath.test(shell.id()) || layout.host().exists(shell.startupFiles(layout).getFirst());
  }

  /** bash, zsh, sh and fish: Unix only, LF endings, # comments. */
  sealed interface Unix extends Shell {
    @Override
    default boolean runsOn(OsFamily os) {
      return os != OsFamily.WINDOWS;
    }

    @Override
    default boolean found(EnvLayout layout, Predicate<String> onPath) {
      return programOrStartupFile(this, layout, onPath);
    }

    @Override
    default String newline(EnvLayout layout) {
      return "\n";
    }

    @Override
    default boolean readsCrlf() {
      return false;
    }

    @Override
    default boolean readsUserEnvironment() {
      return false;
    }

    @Override
    default String comment(String text) {
      return "# " + text;
    }
  }

  /** bash, zsh and sh: the same POSIX syntax and the same env.sh; they differ in their startup files. */
  sealed interface Posix extends Unix {
    @Override
    default String quote(String text) {
      return "'" + text.replace("'", "'\\''") + "'";
    }

    @Override
    default List<String> pathLines(List<String> dirs) {
      List<String> lines = new ArrayList<>();
      for (String dir : dirs.reversed()) {
        String quoted = quote(dir);
        lines.add("case \":${PATH}:\" in *:" + quoted + ":*) ;; *) PATH=" + quoted + "\"${PATH:+:${PATH}}\" ;; esac");
      }
      lines.add("export PATH");
      return lines;
    }

    @Override
    default String source(Path file) {
      String quoted = quote(file.toString());
      return "[ -f " + quoted + " ] && . " + quoted;
    }

    @Override
    default Optional<ShellHook> hook() {
      return Optional.of(ShellHook.POSIX);
    }

    /** env.sh is sh's too: the hook is bash and zsh, so only they source it. */
    @Override
    default Optional<String> hookLine(EnvLayout layout) {
      String quoted = quote(ShellHook.POSIX.file(layout.goreadyHome()).toString());
      return layout.hook() ? Optional.of("if [ -n \"${BASH_VERSION-}${ZSH_VERSION-}\" ] && [ -f " + quoted + " ]; then . " + quoted + "; fi") : Optional.empty();
    }

    @Override
    default Optional<EnvFile> envFile(EnvLayout layout) {
      return Optional.of(new EnvFile(layout.goreadyHome().resolve("env.sh"), "env file for POSIX shells"));
    }

    @Override
    default String printLines(EnvLayout layout) {
      return EnvScripts.content(this, layout);
    }
  }

  record Bash() implements Posix {
    @Override
    public String id() {
      return "bash";
    }

    @Override
    public List<Path> startupFiles(EnvLayout layout) {
      // bash reads the first of these as a login shell (macOS terminals, ssh), and ~/.bashrc otherwise.
      Path login = layout.home().resolve(".profile");
      for (String name : List.of(".bash_profile", ".bash_login")) {
        if (layout.host().exists(layout.home().resolve(name))) {
          login = layout.home().resolve(name);
          break;
        }
      }
      return List.of(layout.home().resolve(".bashrc"), login);
    }
  }

  record Zsh() implements Posix {
    @Override
    public String id() {
      return "zsh";
    }

    @Override
    public List<Path> startupFiles(EnvLayout layout) {
      return List.of(zdotdir(layout).resolve(".zshenv"));
    }

    @Override
    public List<Path> laterFiles(EnvLayout layout) {
      return List.of(".zprofile", ".zshrc", ".zlogin").stream().map(zdotdir(layout)::resolve).toList();
    }

    private static Path zdotdir(EnvLayout layout) {
      return layout.host().env("ZDOTDIR").map(layout.host()::path).orElse(layout.home());
    }
  }

  record Sh() implements Posix {
    @Override
    public String id() {
      return "sh";
    }

    @Override
    public boolean found(EnvLayout layout, Predicate<String> onPath) {
      return false; // every Unix has sh: goready falls back to it only when it finds no other shell
    }

    @Override
    public List<Path> startupFiles(EnvLayout layout) {
      return List.of(layout.home().resolve(".profile"));
    }
  }

  record Fish() implements Unix {
    @Override
    public String id() {
      return "fish";
    }

    @Override
    public List<Path> startupFiles(EnvLayout layout) {
      return List.of(layout.configHome().resolve("fish").resolve("conf.d").resolve("goready.fish"));
    }

    /** conf.d files sort by name and run before config.fish: those after goready.fish, then config.fish. */
    @Override
    public List<Path> laterFiles(EnvLayout layout) {
      Path confd = layout.configHome().resolve("fish").resolve("conf.d");
      List<Path> later = new ArrayList<>(layout.host().list(confd).stream()
          .filter(name -> name.endsWith(".fish") && name.compareTo("goready.fish") > 0).map(confd::resolve).toList());
      later.add(layout.configHome().resolve("fish").resolve("config.fish"));
      return later;
    }

    @Override
    public String quote(String text) {
      return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    @Override
    public List<String> pathLines(List<String> dirs) {
      List<String> lines = new ArrayList<>();
      for (String dir : dirs.reversed()) {
        String quoted = quote(dir);
        lines.addAll(List.of("if not contains -- " + quoted + " $PATH", "    set -gx PATH " + quoted + " $PATH", "end"));
      }
      return lines;
    }

    @Override
    public String source(Path file) {
      String quoted = quote(file.toString());
      return "test -f " + quoted + "; and source " + quoted;
    }

    @Override
    public Optional<EnvFile> envFile(EnvLayout layout) {
      return Optional.of(new EnvFile(layout.goreadyHome().resolve("env.fish"), "env file for fish"));
    }

    @Override
    public Optional<ShellHook> hook() {
      return Optional.of(ShellHook.FISH);
    }

    @Override
    public String printLines(EnvLayout layout) {
      return EnvScripts.content(this, layout);
    }
  }

  /** pwsh and Windows PowerShell: the same language and lines, in different profiles. */
  sealed interface PowerShell extends Shell {
    @Override
    default boolean readsCrlf() {
      return true;
    }

    @Override
    default boolean readsUserEnvironment() {
      return false;
    }

    @Override
    default String quote(String text) {
      return "'" + text.replace("'", "''") + "'";
    }

    @Override
    default String comment(String text) {
      return "# " + text;
    }

    @Override
    default List<String> pathLines(List<String> dirs) {
      return List.of("foreach ($dir in @(" + String.join(", ", dirs.reversed().stream().map(this::quote).toList()) + ")) {",
          "  if (-not (($env:PATH -split [IO.Path]::PathSeparator) -contains $dir)) { $env:PATH = $dir + [IO.Path]::PathSeparator + $env:PATH }",
          "}");
    }

    @Override
    default String source(Path file) {
      String quoted = quote(file.toString());
      return "if (Test-Path " + quoted + ") { . " + quoted + " }";
    }

    @Override
    default Optional<EnvFile> envFile(EnvLayout layout) {
      return Optional.empty(); // one profile per shell, so the lines need no shared file
    }

    @Override
    default Optional<ShellHook> hook() {
      return Optional.of(ShellHook.POWERSHELL);
    }

    @Override
    default String printLines(EnvLayout layout) {
      return String.join("\n", block(layout)) + "\n";
    }
  }

  /** PowerShell 7+, on Windows and Unix. */
  record Pwsh() implements PowerShell {
    @Override
    public String id() {
      return "pwsh";
    }

    @Override
    public boolean runsOn(OsFamily os) {
      return true;
    }

    @Override
    public boolean found(EnvLayout layout, Predicate<String> onPath) {
      return layout.windows()
          ? onPath.test("pwsh.exe") || layout.host().exists(layout.documents().resolve("PowerShell"))
          : programOrStartupFile(this, layout, onPath);
    }

    @Override
    public List<Path> startupFiles(EnvLayout layout) {
      Path folder = layout.windows() ? layout.documents().resolve("PowerShell") : layout.configHome().resolve("powershell");
      return List.of(folder.resolve("Microsoft.PowerShell_profile.ps1"));
    }

    @Override
    public String newline(EnvLayout layout) {
      return layout.host().os().lineSeparator();
    }
  }

  /** Windows PowerShell 5.1, part of every Windows. */
  record WindowsPowerShell() implements PowerShell {
    @Override
    public String id() {
      return "powershell";
    }

    @Override
    public boolean runsOn(OsFamily os) {
      return os == OsFamily.WINDOWS;
    }

    @Override
    public boolean found(EnvLayout layout, Predicate<String> onPath) {
      return true;
    }

    @Override
    public List<Path> startupFiles(EnvLayout layout) {
      return layout.windows() ? List.of(layout.documents().resolve("WindowsPowerShell").resolve("Microsoft.PowerShell_profile.ps1")) : List.of();
    }

    @Override
    public String newline(EnvLayout layout) {
      return "\r\n";
    }
  }

  /** cmd.exe, part of every Windows; it has no startup file goready edits. */
  record Cmd() implements Shell {
    @Override
    public String id() {
      return "cmd";
    }

    @Override
    public boolean runsOn(OsFamily os) {
      return os == OsFamily.WINDOWS;
    }

    @Override
    public boolean found(EnvLayout layout, Predicate<String> onPath) {
      return true;
    }

    @Override
    public List<Path> startupFiles(EnvLayout layout) {
      return List.of(); // cmd and Explorer read the Windows user environment instead
    }

    @Override
    public boolean readsCrlf() {
      return true;
    }

    @Override
    public String newline(EnvLayout layout) {
      return "\r\n";
    }

    @Override
    public boolean readsUserEnvironment() {
      return true;
    }

    /** cmd quotes a whole {@code set "NAME=value"}; it has no escape for a quote inside. */
    @Override
    public String quote(String text) {
      return "\"" + text + "\"";
    }

    @Override
    public String comment(String text) {
      return "rem " + text;
    }

    /** No guard: cmd has none short of a batch file; --print's lines are for one session. */
    @Override
    public List<String> pathLines(List<String> dirs) {
      return List.of("set " + quote("PATH=" + String.join(";", dirs) + ";%PATH%"));
    }

    @Override
    public String source(Path file) {
      return "if exist " + quote(file.toString()) + " call " + quote(file.toString());
    }

    @Override
    public Optional<EnvFile> envFile(EnvLayout layout) {
      return Optional.empty();
    }

    @Override
    public String printLines(EnvLayout layout) {
      return String.join("\n", pathLines(layout.pathDirs())) + "\n";
    }
  }
}
