package dev.goready.wsl;

import java.util.Optional;

/**
 * One /proc/sys/fs/binfmt_misc entry as the kernel prints it: "enabled"/"disabled", then
 * "interpreter /init", "flags: PF", "offset 0", "magic 4d5a" (or "extension .exe").
 */
public record BinfmtEntry(String name, boolean enabled, Optional<String> interpreter, String flags, Optional<String> magic, Optional<String> extension) {

  public static BinfmtEntry parse(String name, String text) {
    boolean enabled = false;
    String interpreter = null;
    String flags = "";
    String magic = null;
    String extension = null;
    for (String raw : text.split("\\R")) {
      String line = raw.strip();
      if (line.equals("enabled")) {
        enabled = true;
      } else if (line.startsWith("interpreter ")) {
        interpreter = line.substring("interpreter ".length()).strip();
      } else if (line.startsWith("flags:")) {
        flags = line.substring("flags:".length()).strip();
      } else if (line.startsWith("magic ")) {
        magic = line.substring("magic ".length()).strip().toLowerCase(java.util.Locale.ROOT);
      } else if (line.startsWith("extension ")) {
        extension = line.substring("extension ".length()).strip().toLowerCase(java.util.Locale.ROOT);
      }
    }
    return new BinfmtEntry(name, enabled, Optional.ofNullable(interpreter), flags, Optional.ofNullable(magic), Optional.ofNullable(extension));
  }

  /** Claims Windows programs: magic "MZ" (4d5a) at offset 0, or the .exe extension. */
  public boolean claimsWindowsPrograms() {
    return magic.map(m -> m.startsWith("4d5a")).orElse(false) || extension.map(e -> e.equals(".exe") || e.equals("exe")).orElse(false);
  }

  /** WSL's own: WSLInterop, or WSLInterop-late registered after systemd-binfmt under systemd. */
  public boolean isWsl() {
    return name.equals("WSLInterop") || name.equals("WSLInterop-late");
  }
}
