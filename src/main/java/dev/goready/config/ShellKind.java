package dev.goready.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Each shell goready configures: which startup files it reads, and the lines that make it find Go.
 * Unix shells source an env file under GOREADY_HOME whose PATH additions are guarded against
 * duplicates; PowerShell carries its guarded lines in the profile itself; cmd reads the Windows user
 * environment. Every path is written literally, so the lines work where GOREADY_HOME is not set.
 */
public enum ShellKind {
  BASH {
    @Override
    List<Path> startupFiles(EnvLayout layout) {
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
  },
  ZSH {
    @Override
    List<Path> startupFiles(EnvLayout layout) {
      return List.of(layout.host().env("ZDOTDIR").map(layout.host()::path).orElse(layout.home()).resolve(".zshenv"));
    }
  },
  FISH {
    @Override
    List<Path> startupFiles(EnvLayout layout) {
      return List.of(layout.configHome().resolve("fish").resolve("conf.d").resolve("goready.fish"));
    }

    @Override
    List<String> block(EnvLayout layout) {
      String file = fishQuote(layout.envFish().toString());
      return List.of("# Go toolchain and tools on PATH (goready env; undo with goready env --remove)", "test -f " + file + "; and source " + file);
    }
  },
  SH {
    @Override
    List<Path> startupFiles(EnvLayout layout) {
      return List.of(layout.home().resolve(".profile"));
    }
  },
  PWSH {
    @Override
    List<Path> startupFiles(EnvLayout layout) {
      Path folder = layout.windows() ? layout.documents().resolve("PowerShell") : layout.configHome().resolve("powershell");
      return List.of(folder.resolve("Microsoft.PowerShell_profile.ps1"));
    }

    @Override
    List<String> block(EnvLayout layout) {
      return powershellLines(layout);
    }
  },
  POWERSHELL {
    @Override
    List<Path> startupFiles(EnvLayout layout) {
      return layout.windows() ? List.of(layout.documents().resolve("WindowsPowerShell").resolve("Microsoft.PowerShell_profile.ps1")) : List.of();
    }

    @Override
    List<String> block(EnvLayout layout) {
      return powershellLines(layout);
    }
  },
  CMD {
    @Override
    List<Path> startupFiles(EnvLayout layout) {
      return List.of(); // cmd and Explorer read the Windows user environment instead
    }
  };

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ShellKind parse(String id) {
    return valueOf(id.strip().toUpperCase(Locale.ROOT));
  }

  abstract List<Path> startupFiles(EnvLayout layout);

  /** The lines between goready's markers: by default, source env.sh (bash, zsh, sh). */
  List<String> block(EnvLayout layout) {
    String file = shQuote(layout.envSh().toString());
    return List.of("# Go toolchain and tools on PATH (goready env; undo with goready env --remove)", "[ -f " + file + " ] && . " + file);
  }

  /** What `goready env --print` prints for `eval` / `source` / `Invoke-Expression`. */
  public String printLines(EnvLayout layout) {
    return switch (this) {
      case FISH -> EnvScripts.fish(layout);
      case PWSH, POWERSHELL -> String.join("\n", powershellLines(layout)) + "\n";
      case CMD -> "set \"PATH=" + String.join(";", layout.pathDirs()) + ";%PATH%\"\n";
      default -> EnvScripts.sh(layout);
    };
  }

  static List<String> powershellLines(EnvLayout layout) {
    List<String> lines = new ArrayList<>();
    lines.add("# Go toolchain and tools on PATH (goready env; undo with goready env --remove)");
    List<String> reversed = new ArrayList<>(layout.pathDirs());
    java.util.Collections.reverse(reversed);
    lines.add("foreach ($dir in @(" + String.join(", ", reversed.stream().map(ShellKind::psQuote).toList()) + ")) {");
    lines.add("  if (-not (($env:PATH -split [IO.Path]::PathSeparator) -contains $dir)) { $env:PATH = $dir + [IO.Path]::PathSeparator + $env:PATH }");
    lines.add("}");
    return lines;
  }

  static String shQuote(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }

  static String fishQuote(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  static String psQuote(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
