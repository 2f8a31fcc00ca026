package dev.goready.release;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What {@code list --remote} shows. Go supports the two newest release lines; the go.dev page calls
 * everything older "archived". By default: stable releases of those two lines that have an archive
 * for the platform, newest first. With --all: every release with such an archive.
 */
public final class RemoteListing {
  private static final int SUPPORTED_LINES = 2;

  private RemoteListing() {}

  public static List<Release> select(ReleaseIndex index, Platform platform, boolean all) {
    List<Release> forPlatform = index.releases().stream().filter(r -> r.archiveFor(platform).isPresent()).toList();
    if (all) {
      return forPlatform;
    }
    Set<String> supportedLines =
        forPlatform.stream().filter(Release::stable).map(RemoteListing::line).distinct().limit(SUPPORTED_LINES).collect(Collectors.toSet());
    return forPlatform.stream().filter(r -> r.stable() && supportedLines.contains(line(r))).toList();
  }

  private static String line(Release release) {
    return release.parsed().major() + "." + release.parsed().minor();
  }
}
