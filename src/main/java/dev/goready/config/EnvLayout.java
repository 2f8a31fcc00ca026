package dev.goready.config;

import dev.goready.host.Host;
import dev.goready.host.OsFamily;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where things are for one user: the home folder as shells see it ($HOME, %USERPROFILE% — never the
 * JVM's user.home), GOREADY_HOME, and the directories goready puts on PATH, first one first.
 */
public record EnvLayout(Host host, Path home, Path goreadyHome, List<String> pathDirs, boolean hook) {
  static final String USER_SHELL_FOLDERS = "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\User Shell Folders";

  public static EnvLayout of(Host host, Path goreadyHome, List<String> pathDirs) {
    return new EnvLayout(host, GoEnvFile.homeOf(host), goreadyHome, List.copyOf(pathDirs), false);
  }

  /** The same layout with the per-project hook sourced (or not) after the PATH lines. */
  public EnvLayout withHook(boolean on) {
    return new EnvLayout(host, home, goreadyHome, pathDirs, on);
  }

  public boolean windows() {
    return host.os() == OsFamily.WINDOWS;
  }

  /** $XDG_CONFIG_HOME if absolute, else ~/.config. */
  public Path configHome() {
    return host.env("XDG_CONFIG_HOME").filter(v -> v.startsWith("/")).map(host::path).orElse(home.resolve(".config"));
  }

  /**
   * Windows' Documents folder where Windows says it is: User Shell Folders\Personal (often redirected
   * to OneDrive, and a REG_EXPAND_SZ such as %USERPROFILE%\OneDrive\Documents), else the default.
   */
  public Path documents() {
    Optional<String> personal = host.registryValue(USER_SHELL_FOLDERS, "Personal");
    return personal.map(this::expand).map(host::path).orElse(home.resolve("Documents"));
  }

  /** %NAME% references expanded from the environment; unknown ones are left as they are. */
  String expand(String value) {
    StringBuilder out = new StringBuilder();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("%([^%]+)%").matcher(value);
    while (m.find()) {
      m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(host.env(m.group(1)).orElse(m.group())));
    }
    return m.appendTail(out).toString();
  }
}
