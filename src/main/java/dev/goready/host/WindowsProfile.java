package dev.goready.host;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Windows user's profile folder, where .wslconfig lives: on Windows itself, or from inside WSL
 * through the automount root (/mnt/c/Users/ann) — asked of Windows when interop works, else the one
 * profile under /mnt/c/Users that holds a .wslconfig.
 */
public final class WindowsProfile {
  private WindowsProfile() {}

  public static Optional<Path> locate(Host host, HostKind kind, Duration timeout) {
    if (kind == HostKind.WINDOWS) {
      return host.env("USERPROFILE").map(host::path).or(() -> Optional.of(host.home()));
    }
    if (!kind.isWsl()) {
      return Optional.empty();
    }
    // Windows drives are mounted under wsl.conf's [automount] root, /mnt/ unless changed.
    String automountRoot = host.readFile(Path.of("/etc/wsl.conf")).flatMap(t -> IniFile.parse(t).get("automount", "root")).orElse("/mnt/");
    String mountRoot = automountRoot.endsWith("/") ? automountRoot : automountRoot + "/";
    CommandResult echo = host.run(List.of("cmd.exe", "/d", "/c", "echo %USERPROFILE%"), timeout);
    if (echo.succeeded()) {
      String windowsPath = echo.stdoutText().strip();
      if (windowsPath.matches("[A-Za-z]:\\\\.*")) {
        String drive = windowsPath.substring(0, 1).toLowerCase(Locale.ROOT);
        return Optional.of(Path.of(mountRoot + drive + windowsPath.substring(2).replace('\\', '/')));
      }
    }
    List<Path> withConfig = host.list(Path.of(mountRoot + "c/Users")).stream()
        .map(user -> Path.of(mountRoot + "c/Users", user))
        .filter(profile -> host.exists(profile.resolve(".wslconfig")))
        .toList();
    return withConfig.size() == 1 ? Optional.of(withConfig.getFirst()) : Optional.empty();
  }
}
