package dev.goready.doctor.checks;

import dev.goready.doctor.Check;
import dev.goready.doctor.Fix;
import dev.goready.doctor.Probe;
import dev.goready.doctor.Result;
import dev.goready.host.CommandResult;
import dev.goready.host.HostKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PATH that editors and apps started outside a terminal get, against the terminal's go: VS Code's
 * server in WSL and desktop apps on Linux start from a login shell without a terminal (so a PATH line
 * after .bashrc's interactive guard never reaches them), macOS apps from launchd's PATH, Windows apps
 * from the user and machine PATH in the registry (not a profile script's additions).
 */
public final class EditorPathCheck implements Check {
  static final String USER_ENVIRONMENT = "HKCU\\Environment";
  static final String MACHINE_ENVIRONMENT = "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment";
  /** What systemd, sshd and WSL start a session with before the login files run. */
  static final String BASE_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
  /** launchd's PATH for apps when nobody set one. */
  static final String LAUNCHD_DEFAULT = "/usr/bin:/bin:/usr/sbin:/sbin";
  private static final Pattern WINDOWS_VARIABLE = Pattern.compile("%([^%]{1,200})%");

  @Override
  public String id() {
    return "editor.path";
  }

  /** Where the PATH came from, and its entries. */
  private record AppPath(String source, List<String> entries) {}

  @Override
  public Result run(Probe probe) {
    if (probe.goOnPath().isEmpty()) {
      return Result.skip("no go on the terminal's PATH either (see path.go)");
    }
    Path terminalGo = probe.goOnPath().getFirst();
    if (probe.kind().isWsl() && PathGoCheck.isWindowsBinary(terminalGo)) {
      return Result.skip("the terminal's go is Windows' " + terminalGo + " (see path.go)");
    }
    Optional<AppPath> appPath = switch (probe.kind()) {
      case WINDOWS -> registryPath(probe);
      case MACOS -> launchdPath(probe);
      default -> loginShellPath(probe);
    };
    if (appPath.isEmpty()) {
      return Result.skip("the PATH apps get could not be read here");
    }
    List<String> details = new ArrayList<>(List.of("terminal: " + terminalGo, appPath.get().source() + ": " + String.join(probe.host().listSeparator(), appPath.get().entries())));
    String name = terminalGo.getFileName().toString();
    Optional<Path> appGo = appPath.get().entries().stream().flatMap(e -> probe.host().pathIfValid(e).stream()).map(dir -> dir.resolve(name))
        .filter(probe.host()::exists).findFirst();
    String who = probe.kind() == HostKind.WINDOWS ? "apps started from the Start menu or Explorer (VS Code, GoLand)"
        : probe.kind() == HostKind.MACOS ? "apps started from the Dock or Finder that do not read your shell's set-up"
        : "shells without a terminal (ssh host go …, VS Code's remote server, apps from the desktop menu)";
    if (appGo.isEmpty()) {
      return Result.warn(who + " get a PATH without " + terminalGo.getParent() + ": they report that go cannot be found", details, fix(probe, terminalGo.getParent()));
    }
    if (!probe.host().realPath(appGo.get()).equals(probe.host().realPath(terminalGo))) {
      details.add("apps: " + appGo.get());
      return Result.warn(who + " run " + appGo.get() + ", not the terminal's " + terminalGo, details, fix(probe, terminalGo.getParent()));
    }
    return Result.ok(who + " find the terminal's go (" + appPath.get().source() + ")", details);
  }

  private static Fix fix(Probe probe, Path bin) {
    boolean goreadys = bin.startsWith(probe.options().goreadyHome());
    String restart = probe.kind().isWsl() ? " Then restart the editor (wsl.exe --shutdown for VS Code in WSL)." : " Then restart the editor or log in again.";
    return switch (probe.kind()) {
      case WINDOWS -> goreadys
          ? Fix.of("Put the folder in your user PATH in the registry (goready env does, as the installer would); apps started afterwards see it.", "goready env")
          : Fix.of("Put the folder in your user PATH in the registry; apps started afterwards see it.",
              "[Environment]::SetEnvironmentVariable('Path', '" + bin + ";' + [Environment]::GetEnvironmentVariable('Path', 'User'), 'User')");
      case MACOS -> Fix.of("Give launchd the PATH too (needs admin; apps see it after a restart), or start the editor from the terminal.",
          "sudo launchctl config user path \"" + bin + ":" + LAUNCHD_DEFAULT + "\"");
      default -> goreadys
          ? Fix.of("Put the PATH line where login shells read it (goready env writes ~/.profile and the shells' login files), not after "
              + ".bashrc's interactive guard; for VS Code's server alone, ~/.vscode-server/server-env-setup works too." + restart, "goready env")
          : Fix.of("Put the PATH line where login shells read it (~/.profile), not after .bashrc's interactive guard; for VS Code's "
              + "server alone, ~/.vscode-server/server-env-setup works too." + restart, "echo 'export PATH=\"" + bin + ":$PATH\"' >> ~/.profile");
    };
  }

  private static Optional<AppPath> registryPath(Probe probe) {
    Optional<String> machine = probe.host().registryValue(MACHINE_ENVIRONMENT, "Path");
    Optional<String> user = probe.host().registryValue(USER_ENVIRONMENT, "Path");
    if (machine.isEmpty() && user.isEmpty()) {
      return Optional.empty();
    }
    List<String> entries = new ArrayList<>();
    machine.ifPresent(m -> entries.addAll(split(expand(probe, m), ";")));
    user.ifPresent(u -> entries.addAll(split(expand(probe, u), ";")));
    return Optional.of(new AppPath("machine + user PATH in the registry", entries));
  }

  private static Optional<AppPath> launchdPath(Probe probe) {
    CommandResult result = probe.run("launchctl", "getenv", "PATH");
    if (result.notFound() || result.timedOut()) {
      return Optional.empty();
    }
    String path = result.stdoutText().strip();
    return Optional.of(path.isEmpty() ? new AppPath("launchd's default PATH", split(LAUNCHD_DEFAULT, ":")) : new AppPath("launchctl getenv PATH", split(path, ":")));
  }

  /** A clean login shell without a terminal, as a display manager or VS Code's server starts it, plus server-env-setup. */
  private static Optional<AppPath> loginShellPath(Probe probe) {
    String home = GoFolders.home(probe);
    String shell = probe.env("SHELL").filter(s -> s.startsWith("/")).orElse("/bin/sh");
    String script = "[ -f \"$HOME/.vscode-server/server-env-setup\" ] && . \"$HOME/.vscode-server/server-env-setup\"; printf '%s' \"$PATH\"";
    if (shell.endsWith("/fish")) {
      script = "printf '%s' (string join : $PATH)";
    }
    CommandResult result = probe.run("env", "-i", "HOME=" + home, "USER=" + probe.env("USER").orElse(""), "SHELL=" + shell, "PATH=" + BASE_PATH, shell, "-lc", script);
    if (!result.succeeded() || result.stdoutText().isBlank()) {
      return Optional.empty();
    }
    return Optional.of(new AppPath(shell.replaceFirst("^.*/", "") + " -l without a terminal", split(result.stdoutText().strip(), ":")));
  }

  /** REG_EXPAND_SZ's %USERPROFILE%: expanded from this process's environment, as Explorer does from the user's. */
  private static String expand(Probe probe, String value) {
    Matcher m = WINDOWS_VARIABLE.matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(probe.env(m.group(1)).orElse(m.group())));
    }
    return m.appendTail(out).toString();
  }

  private static List<String> split(String path, String separator) {
    return Arrays.stream(path.split(Pattern.quote(separator))).map(String::strip).filter(e -> !e.isEmpty()).toList();
  }
}
