package dev.goready.wsl;

import dev.goready.host.IniFile;
import java.util.Locale;
import java.util.Optional;

/** What Windows' %UserProfile%\.wslconfig says, read the way WSL reads it across versions. */
public final class WslConfigFile {
  private WslConfigFile() {}

  /** networkingMode, lower case: [wsl2] (WSL 2.1 and newer), else [experimental] (WSL 2.0.x). */
  public static Optional<String> networkingMode(IniFile wslconfig) {
    return wslconfig.get("wsl2", "networkingMode").or(() -> wslconfig.get("experimental", "networkingMode")).map(m -> m.strip().toLowerCase(Locale.ROOT));
  }

  public static boolean mirrored(IniFile wslconfig) {
    return networkingMode(wslconfig).map("mirrored"::equals).orElse(false);
  }
}
