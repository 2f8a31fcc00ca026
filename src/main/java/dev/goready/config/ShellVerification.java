package dev.goready.config;

import dev.goready.host.CommandResult;
import dev.goready.host.Host;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * After `goready env`, each changed shell is started the way the user will start it (a terminal's
 * interactive shell, a login shell, the non-interactive shell `ssh host 'go build'` runs) with the
 * user's HOME and a fresh environment, and asked which go it runs and what PATH it has. What a startup
 * file does after goready's block (another go first, an early exit, an exec) shows up here even when
 * no line of it could be read as plain assignments.
 */
public final class ShellVerification {
  private static final String MARK = "@@goready@@";
  private static final Duration LIMIT = Duration.ofSeconds(10);
  private static final String SYSTEM_PATH = "/usr/local/bin:/usr/bin:/bin";

  /** One way a shell is started: how it is said, its arguments before the command, extra variables. */
  record Start(String how, List<String> options, List<String> variables) {}

  private final Host host;
  private final Path goreadyHome;

  public ShellVerification(Host host, Path goreadyHome) {
    this.host = host;
    this.goreadyHome = goreadyHome;
  }

  /** One line per start that does not reach goready's go, naming the shell, the start and what it found. */
  public List<String> problems(List<Shell> shells) {
    List<String> problems = new ArrayList<>();
    Path home = UserHome.require(host);
    for (Shell shell : shells) {
      for (Start start : starts(shell)) {
        List<String> argv = new ArrayList<>(List.of("env", "-i", "HOME=" + home, "PATH=" + SYSTEM_PATH, "TERM=dumb",
            "USER=" + host.env("USER").orElse(""), "LOGNAME=" + host.env("LOGNAME").orElse(""), "LANG=" + host.env("LANG").orElse("C.UTF-8")));
        argv.addAll(start.variables());
        argv.add(shell.id());
        argv.addAll(start.options());
        argv.add(question(shell));
        judge(shell.id() + " " + start.how(), host.run(argv, LIMIT)).ifPresent(problems::add);
      }
    }
    return problems;
  }

  /** The starts each shell's users make; only shells with startup files goready writes are started. */
  static List<Start> starts(Shell shell) {
    Start terminal = new Start("-i (a terminal)", List.of("-i", "-c"), List.of());
    Start login = new Start("-l (a login shell)", List.of("-l", "-c"), List.of());
    return switch (shell) {
      // Debian's and Ubuntu's bash read ~/.bashrc in a non-interactive shell that sshd started.
      case Shell.Bash bash -> List.of(terminal, login, new Start("-c (as ssh runs a command)", List.of("-c"), List.of("SSH_CLIENT=127.0.0.1 22 22")));
      case Shell.Zsh zsh -> List.of(terminal, login, new Start("-c (as ssh runs a command)", List.of("-c"), List.of()));
      case Shell.Fish fish -> List.of(terminal, login);
      // sh reads ~/.profile only as a login shell, which bash's start already covers; the rest run on Windows or are not started.
      case Shell.Sh sh -> List.of();
      case Shell.Pwsh pwsh -> List.of();
      case Shell.WindowsPowerShell powershell -> List.of();
      case Shell.Cmd cmd -> List.of();
    };
  }

  private static String question(Shell shell) {
    return shell instanceof Shell.Fish
        ? "set -l go (command -v go); printf '\\n" + MARK + "%s" + MARK + "%s\\n' \"$go\" (string join : $PATH)"
        : "printf '\\n" + MARK + "%s" + MARK + "%s\\n' \"$(command -v go)\" \"$PATH\"";
  }

  private Optional<String> judge(String shell, CommandResult result) {
    Optional<String> answer = result.stdoutText().lines().filter(line -> line.startsWith(MARK)).reduce((first, last) -> last);
    if (answer.isEmpty()) {
      return Optional.of(shell + ": gave no answer" + (result.timedOut() ? " within " + LIMIT.toSeconds() + " s" : " (exit " + result.exit() + ")")
          + "; a startup file may exec another program or exit before goready's block");
    }
    String[] parts = answer.get().substring(MARK.length()).split(MARK, 2);
    String go = parts[0];
    List<String> path = parts.length > 1 ? List.of(parts[1].split(":")) : List.of();
    String ours = goreadyHome.resolve("current").resolve("bin").toString();
    int at = path.indexOf(ours);
    if (at < 0) {
      return Optional.of(shell + ": " + ours + " is not on PATH: the startup files it reads do not reach goready's block");
    }
    if (!go.isEmpty() && !Path.of(go).startsWith(goreadyHome)) {
      int other = path.indexOf(Path.of(go).getParent().toString());
      if (other >= 0 && other < at || host.exists(goreadyHome.resolve("current").resolve("bin").resolve("go"))) {
        String folder = Path.of(go).getParent().toString();
        return Optional.of(shell + ": runs " + go + ", not goready's go: " + whereSet(folder).map(line -> line + " puts " + folder + " first on PATH")
            .orElse("a startup file puts " + folder + " first on PATH") + " after goready's block; remove that line, or run goready env --fix-conflicts");
      }
    }
    return Optional.empty();
  }
  /** The startup files bash, zsh and fish read, which goready may not write itself: where a later line could win. */
  private static final List<String> STARTUP_FILES = List.of(".bash_profile", ".bash_login", ".profile", ".bashrc",
      ".zshenv", ".zprofile", ".zshrc", ".zlogin", ".config/fish/config.fish");

  /** The first startup-file line that names FOLDER, as file:line; ~, $HOME and ${HOME} count as the home folder. */
  private Optional<String> whereSet(String folder) {
    Path home = UserHome.require(host);
    String relative = folder.startsWith(home + "/") ? folder.substring(home.toString().length()) : null;
    List<Path> files = new ArrayList<>(STARTUP_FILES.stream().map(home::resolve).toList());
    Path confd = home.resolve(".config/fish/conf.d");
    host.list(confd).stream().filter(name -> name.endsWith(".fish")).sorted().map(confd::resolve).forEach(files::add);
    for (Path file : files) {
      Optional<String> text = host.readFile(file);
      if (text.isEmpty()) {
        continue;
      }
      List<String> lines = text.get().lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        boolean names = line.contains(folder)
            || relative != null && (line.contains("$HOME" + relative) || line.contains("${HOME}" + relative) || line.contains("~" + relative));
        if (names && !line.strip().startsWith("#")) {
          return Optional.of(file + ":" + (i + 1));
        }
      }
    }
    return Optional.empty();
  }
}
