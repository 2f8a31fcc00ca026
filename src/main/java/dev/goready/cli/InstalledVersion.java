package dev.goready.cli;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.install.ToolchainStore;
import dev.goready.release.GoVersion;
import dev.goready.release.Selector;
import java.util.Comparator;
import java.util.Map;
import java.io.IOException;
import java.util.List;

/**
 * Maps what the user typed to an installed toolchain, with install's selectors: "1.22.5" or
 * "go1.22.5" exactly, "1.22" the newest installed 1.22.x, "latest" the newest installed (a stable
 * release before a beta or rc either way).
 */
final class InstalledVersion {
  /** What use and uninstall take, as their help says it. */
  static final String DESCRIPTION = "An installed version: 1.22.5 or go1.22.5, a line such as 1.22 (its newest installed), or latest.";

  private InstalledVersion() {}

  static String find(ToolchainStore store, String typed) throws IOException {
    Selector wanted = Selector.parse(typed);
    return store.installed().stream()
        .flatMap(v -> GoVersion.parse(v).filter(version -> matches(wanted, version)).map(version -> Map.entry(v, version)).stream())
        .max(Comparator.comparing((Map.Entry<String, GoVersion> e) -> e.getValue().isStable()).thenComparing(Map.Entry::getValue))
        .map(Map.Entry::getKey)
        .orElseThrow(
            () -> new GoreadyException(
                ExitCode.USAGE,
                typed + " is not installed in " + store.toolchains(),
                "installed: " + String.join(", ", installedOrNone(store)) + "; or run goready install " + typed));
  }

  private static boolean matches(Selector wanted, GoVersion version) {
    return switch (wanted) {
      case Selector.Latest latest -> true;
      case Selector.Line line -> version.inLine(line.major(), line.minor());
      case Selector.Exact exact -> exact.version().equals(version);
      case Selector.AtLeast atLeast -> version.compareTo(atLeast.version()) >= 0;
    };
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
