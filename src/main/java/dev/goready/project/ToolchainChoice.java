package dev.goready.project;

import dev.goready.release.GoVersion;
import dev.goready.release.Selector;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which installed toolchain answers a pin, offline: an exact version needs that version; a line
 * (1.22) its newest installed stable release; go.mod's go line (a minimum) the user's default when
 * that is new enough, else the newest installed release that is. No pin: the default.
 */
public sealed interface ToolchainChoice {
  /** The pin (empty: none) and where it came from, for messages. */
  Optional<Pin> pin();

  /** An installed toolchain answers; {@code isDefault} when it is the user's default (current). */
  record Found(String version, boolean isDefault, Optional<Pin> pin) implements ToolchainChoice {}

  /** Nothing installed answers; {@code install} is what to pass to goready install. */
  record Missing(String install, Pin pinned) implements ToolchainChoice {
    @Override
    public Optional<Pin> pin() {
      return Optional.of(pinned);
    }
  }

  /** No pin and no default: nothing is installed or activated yet. */
  record Nothing() implements ToolchainChoice {
    @Override
    public Optional<Pin> pin() {
      return Optional.empty();
    }
  }

  static ToolchainChoice of(Optional<Pin> pin, List<String> installed, Optional<String> active) {
    if (pin.isEmpty()) {
      return active.<ToolchainChoice>map(v -> new Found(v, true, pin)).orElse(new Nothing());
    }
    Selector selector = pin.get().selector();
    Optional<GoVersion> activeVersion = active.flatMap(GoVersion::parse);
    Optional<String> chosen = switch (selector) {
      case Selector.Exact exact -> installed.stream().filter(v -> GoVersion.parse(v).equals(Optional.of(exact.version()))).findFirst();
      case Selector.Line line -> newest(installed, v -> v.isStable() && v.major() == line.major() && v.minor() == line.minor());
      case Selector.AtLeast min -> activeVersion.filter(v -> v.compareTo(min.version()) >= 0).flatMap(v -> active)
          .or(() -> newest(installed, v -> v.compareTo(min.version()) >= 0));
      case Selector.Latest latest -> newest(installed, GoVersion::isStable);
    };
    if (chosen.isEmpty()) {
      return new Missing(installArgument(selector), pin.get());
    }
    return new Found(chosen.get(), chosen.equals(active), pin);
  }

  private static Optional<String> newest(List<String> installed, java.util.function.Predicate<GoVersion> wanted) {
    return installed.stream().filter(v -> GoVersion.parse(v).filter(wanted).isPresent())
        .max(Comparator.comparing(v -> GoVersion.parse(v).orElseThrow()));
  }

  /** What `goready install` takes for the pin: a minimum (go 1.22.3) is met by its line's newest release (1.22). */
  private static String installArgument(Selector selector) {
    return switch (selector) {
      case Selector.Exact exact -> exact.version().toString();
      case Selector.Line line -> line.toString();
      case Selector.AtLeast min -> min.version().major() + "." + min.version().minor();
      case Selector.Latest latest -> "latest";
    };
  }
}
