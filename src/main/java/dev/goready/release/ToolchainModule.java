package dev.goready.release;

import java.util.List;
import java.util.Optional;

/**
 * The module cmd/go downloads toolchains as: path golang.org/toolchain, version
 * v0.0.1-go1.22.5.linux-amd64 (go.dev's armv6l is GOARCH arm here).
 */
public record ToolchainModule(String goVersion, Platform platform) {
  public static final String PATH = "golang.org/toolchain";
  /**
   * Where {@code direct} in GOPROXY leads for this module: golang.org/toolchain's go-import tag names
   * a module proxy, not a repository.
   */
  public static final String DIRECT_PROXY = "https://go.dev/dl/mod";
  private static final String PREFIX = "v0.0.1-";

  /** The first release published as a golang.org/toolchain module. */
  public static final GoVersion FIRST = GoVersion.parse("go1.21.0").orElseThrow();

  /**
   * Why no module can exist for this release, when it is older than {@link #FIRST}: known without
   * asking a proxy or the checksum database.
   */
  public Optional<String> absence() {
    return GoVersion.parse(goVersion).filter(v -> v.compareTo(FIRST) < 0)
        .map(v -> "no " + PATH + " module exists for " + goVersion + " (they exist from " + FIRST + " on)");
  }

  public String version() {
    return PREFIX + goVersion + "." + platform.goos() + "-" + goarch(platform);
  }

  /** The folder every entry of the module zip lies under. */
  public String zipPrefix() {
    return PATH + "@" + version() + "/";
  }

  /** The same prefix as folder names, for unpacking below it. */
  public List<String> zipFolders() {
    return List.of((PATH + "@" + version()).split("/"));
  }

  /** URL path of one of the module's files below a proxy, e.g. {@code .zip}. */
  public String proxyPath(String extension) {
    return "/" + PATH + "/@v/" + version() + extension;
  }

  /** The Go version in one line of a proxy's @v/list, if that line is this platform's toolchain. */
  public static Optional<GoVersion> parseListed(String line, Platform platform) {
    String suffix = "." + platform.goos() + "-" + goarch(platform);
    String trimmed = line.trim();
    if (!trimmed.startsWith(PREFIX + "go") || !trimmed.endsWith(suffix)) {
      return Optional.empty();
    }
    return GoVersion.parse(trimmed.substring(PREFIX.length(), trimmed.length() - suffix.length()));
  }

  private static String goarch(Platform platform) {
    return platform.goarch().equals("armv6l") ? "arm" : platform.goarch();
  }
}
