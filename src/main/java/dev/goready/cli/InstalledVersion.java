package dev.goready.cli;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.install.ToolchainStore;
import dev.goready.release.GoVersion;
import java.io.IOException;
import java.util.List;

/** Maps what the user typed ("1.22.5", "go1.22.5") to the name of an installed toolchain. */
final class InstalledVersion {
  private InstalledVersion() {}

  static String find(ToolchainStore store, String typed) throws IOException {
    GoVersion wanted =
        GoVersion.parse(typed)
            .orElseThrow(() -> new GoreadyException(ExitCode.USAGE, "'" + typed + "' is not a Go version", "for example 1.22.5 or go1.22.5"));
    return store.installed().stream()
        .filter(v -> GoVersion.parse(v).map(wanted::equals).orElse(false))
        .findFirst()
        .orElseThrow(
            () -> new GoreadyException(
                ExitCode.USAGE,
                typed + " is not installed in " + store.toolchains(),
                "installed: " + String.join(", ", installedOrNone(store)) + "; or run goready install " + typed));
  }

  private static List<String> installedOrNone(ToolchainStore store) {
    try {
      var installed = store.installed();
      return installed.isEmpty() ? List.of("none") : installed;
    } catch (IOException e) {
      return List.of("unknown");
    }
  }
}
