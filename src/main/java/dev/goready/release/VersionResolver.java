package dev.goready.release;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Picks the release a selector means, or explains which releases exist nearby. */
public final class VersionResolver {
  private static final int NEIGHBOURS = 3;

  private VersionResolver() {}

  public static Release resolve(ReleaseIndex index, Selector selector, boolean allowPrerelease) {
    Predicate<Release> admissible = r -> r.stable() || allowPrerelease;
    Optional<Release> found =
        switch (selector) {
          case Selector.Latest latest -> newest(index, admissible);
          case Selector.Line line ->
              newest(index, admissible.and(r -> r.parsed().inLine(line.major(), line.minor())));
          case Selector.Exact exact -> index.find(exact.version());
          case Selector.AtLeast min -> newest(index, admissible.and(r -> r.parsed().compareTo(min.version()) >= 0));
        };
    return found.orElseThrow(() -> notFound(index, selector, allowPrerelease));
  }

  private static Optional<Release> newest(ReleaseIndex index, Predicate<Release> filter) {
    return index.releases().stream().filter(filter).findFirst(); // the index is newest first
  }

  private static GoreadyException notFound(ReleaseIndex index, Selector selector, boolean pre) {
    if (index.releases().isEmpty()) {
      return new GoreadyException(ExitCode.NETWORK, "the release index lists no releases", "check --index / GOREADY_INDEX");
    }
    String hint = "nearest releases: " + String.join(", ", nearest(index, target(index, selector)));
    if (!pre && !(selector instanceof Selector.Exact)) {
      hint += " (add --pre to allow beta and rc releases)";
    }
    return new GoreadyException(ExitCode.USAGE, "no Go release matches '" + selector + "'", hint);
  }

  private static GoVersion target(ReleaseIndex index, Selector selector) {
    return switch (selector) {
      case Selector.Exact exact -> exact.version();
      case Selector.AtLeast min -> min.version();
      case Selector.Line line -> new GoVersion(line.major(), line.minor(), 0, GoVersion.PreRelease.RELEASE, 0);
      case Selector.Latest latest -> index.releases().getFirst().parsed();
    };
  }

  /** Up to three releases on each side of where the wanted version would sort. */
  static List<String> nearest(ReleaseIndex index, GoVersion target) {
    List<Release> ascending = new ArrayList<>(index.releases());
    ascending.sort(Comparator.comparing(Release::parsed));
    int at = 0;
    while (at < ascending.size() && ascending.get(at).parsed().compareTo(target) < 0) {
      at++;
    }
    int from = Math.max(0, at - NEIGHBOURS);
    int to = Math.min(ascending.size(), at + NEIGHBOURS);
    return ascending.subList(from, to).stream().map(Release::version).toList();
  }
}
