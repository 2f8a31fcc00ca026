package dev.goready.self;

import dev.goready.host.Host;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A release bundle's file name, {@code goready-<version>-<os>-<arch>.tar.gz} ({@code .zip} for
 * Windows), as scripts/dist.sh writes it. The version is kept to characters a folder name may
 * hold everywhere, since it becomes one (GOREADY_HOME/self/VERSION).
 */
public record BundleName(String version, String platform) {
  private static final Pattern NAME = Pattern.compile("goready-([0-9][0-9A-Za-z.+-]*)-((linux|macos|windows)-(x64|arm64))\\.(tar\\.gz|zip)");

  /** The bundle name a string is, if it is one (the extension must be the one its OS uses). */
  public static Optional<BundleName> parse(String filename) {
    Matcher m = NAME.matcher(filename);
    if (!m.matches() || m.group(5).equals("zip") != m.group(3).equals("windows") || m.group(1).contains("..")) {
      return Optional.empty();
    }
    return Optional.of(new BundleName(m.group(1), m.group(2)));
  }

  /** Whether a string can name a bundle's version (and so a folder under self/). */
  public static boolean isVersion(String version) {
    return parse("goready-" + version + "-linux-x64.tar.gz").map(b -> b.version().equals(version)).orElse(false);
  }

  /** The platform this machine's bundle is for: the native architecture, not the JVM's (an x64 JVM on ARM64 Windows gets arm64). */
  public static String platformOf(Host host) {
    String os = switch (host.os()) {
      case DARWIN -> "macos";
      default -> host.os().goos(); // linux, windows; freebsd has no bundle and is told so
    };
    String arch = host.nativeGoarch().equals("arm64") ? "arm64" : "x64";
    return os + "-" + arch;
  }

  public String filename() {
    return "goready-" + version + "-" + platform + (platform.startsWith("windows-") ? ".zip" : ".tar.gz");
  }

  /** The folder the archive's entries lie under. */
  public String topFolder() {
    return "goready-" + version;
  }

  boolean windows() {
    return platform.startsWith("windows-");
  }
}
