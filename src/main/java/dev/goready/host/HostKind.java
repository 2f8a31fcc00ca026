package dev.goready.host;

import java.nio.file.Path;
import java.util.Locale;

/** What kind of machine this is, for the report's host.kind and for the checks that apply only to some. */
public enum HostKind {
  WINDOWS,
  WSL1,
  WSL2,
  LINUX,
  MACOS;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean isWsl() {
    return this == WSL1 || this == WSL2;
  }

  public boolean isLinux() {
    return this == LINUX || isWsl();
  }

  /**
   * WSL from the kernel's own release string (WSL2: "5.15.153.1-microsoft-standard-WSL2"; WSL1:
   * "4.4.0-19041-Microsoft"), then from what WSL sets up: WSL_DISTRO_NAME, and WSL_INTEROP or the
   * WSLInterop binfmt entry, which only WSL2 has in that form.
   */
  public static HostKind of(Host host) {
    return switch (host.os()) {
      case WINDOWS -> WINDOWS;
      case DARWIN -> MACOS;
      default -> {
        String release = host.readFile(Path.of(ProcFiles.osRelease()))
            .or(() -> host.readFile(Path.of(ProcFiles.version())))
            .orElse("").trim();
        String lower = release.toLowerCase(Locale.ROOT);
        if (lower.contains("microsoft-standard") || lower.contains("wsl2")) {
          yield WSL2;
        }
        if (lower.contains("microsoft")) {
          yield WSL1;
        }
        boolean wsl2Signs = host.env("WSL_INTEROP").isPresent()
            || host.exists(Path.of(ProcFiles.binfmtMisc(), "WSLInterop"))
            || host.exists(Path.of("/run/WSL"));
        if (wsl2Signs) {
          yield WSL2; // a custom kernel drops "microsoft" from the release, but WSL's plumbing stays
        }
        if (host.env("WSL_DISTRO_NAME").isPresent()) {
          yield WSL1;
        }
        yield LINUX;
      }
    };
  }
}
