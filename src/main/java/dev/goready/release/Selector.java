package dev.goready.release;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the user asked for: {@code latest}, a line ({@code 1.22}), an exact version, or a minimum (go.mod's go line). */
public sealed interface Selector {

  record Latest() implements Selector {
    @Override
    public String toString() {
      return "latest";
    }
  }

  /** "1.22": the newest stable 1.22.x. */
  record Line(int major, int minor) implements Selector {
    @Override
    public String toString() {
      return major + "." + minor;
    }
  }

  record Exact(GoVersion version) implements Selector {
    @Override
    public String toString() {
      return version.toString();
    }
  }

  /** go.mod's {@code go} line without a toolchain line: the newest stable release at or above it. */
  record AtLeast(GoVersion version) implements Selector {
    @Override
    public String toString() {
      return ">=" + version;
    }
  }

  /** Nine digits at most, like {@link GoVersion}, so a huge number is a usage error, not an overflow. */
  Pattern LINE = Pattern.compile("(?:go)?(\\d{1,9})\\.(\\d{1,9})");

  /** Parses everything but "go.mod", which needs a file and is resolved by {@link GoMod}. */
  static Selector parse(String text) {
    String s = text.trim();
    if (s.equalsIgnoreCase("latest")) {
      return new Latest();
    }
    Matcher line = LINE.matcher(s);
    if (line.matches()) {
      int major = Integer.parseInt(line.group(1));
      int minor = Integer.parseInt(line.group(2));
      // go1.20 is itself a release (go1.20 = go1.20.0) but the user means the newest 1.20.x,
      // exactly like "1.22"; use 1.20.0 to pin the first release of the line.
      return new Line(major, minor);
    }
    return GoVersion.parse(s)
        .<Selector>map(Exact::new)
        .orElseThrow(
            () ->
                new GoreadyException(
                    ExitCode.USAGE,
                    "'" + text + "' is not a Go version or selector",
                    "use latest, a line such as 1.22, an exact version such as 1.22.5 or go1.22.5, or go.mod"));
  }
}
