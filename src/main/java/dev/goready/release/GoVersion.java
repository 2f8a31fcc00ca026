package dev.goready.release;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Go release version with Go's own ordering: go1.9beta2 < go1.9rc1 < go1.9 < go1.9.1, and
 * go1.20 = go1.20.0. From go1.21 on, the first release of a line is spelled go1.21.0 and go1.21 is
 * the language version, which means go1.21.0 too.
 */
public record GoVersion(int major, int minor, int patch, PreRelease pre, int preNumber)
    implements Comparable<GoVersion> {

  /** Pre-release kinds in Go's order; RELEASE sorts after every beta and rc of the same line. */
  public enum PreRelease {
    BETA,
    RC,
    RELEASE
  }

  // At most nine digits a number, so every number fits an int: go1.99999999999 is not a version.
  private static final Pattern SYNTAX =
      Pattern.compile("(?:go)?(\\d{1,9})(?:\\.(\\d{1,9}))?(?:\\.(\\d{1,9}))?(?:(beta|rc)(\\d{1,9}))?");

  private static final Comparator<GoVersion> ORDER =
      Comparator.comparingInt(GoVersion::major)
          .thenComparingInt(GoVersion::minor)
          .thenComparingInt(GoVersion::patch)
          .thenComparing(GoVersion::pre)
          .thenComparingInt(GoVersion::preNumber);

  /**
   * The release a Go binary reports (GOVERSION, build information): "go1.22.5 X:boringcrypto" and
   * "go1.22.5-corp" are go1.22.5; empty for a development build or anything else.
   */
  public static Optional<GoVersion> parseReported(String reported) {
    return parse(reported.replaceFirst("^(go[0-9.a-z]+).*$", "$1"));
  }

  /** Parses "go1.22.5", "1.22.5", "go1.21rc2", "1.21"; empty for anything else. */
  public static Optional<GoVersion> parse(String text) {
    Matcher m = SYNTAX.matcher(text.trim());
    if (!m.matches()) {
      return Optional.empty();
    }
    PreRelease pre = m.group(4) == null ? PreRelease.RELEASE : PreRelease.valueOf(m.group(4).toUpperCase(java.util.Locale.ROOT));
    if (pre != PreRelease.RELEASE && m.group(3) != null) {
      return Optional.empty(); // Go never had go1.21.1rc1.
    }
    return Optional.of(
        new GoVersion(
            Integer.parseInt(m.group(1)),
            m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
            m.group(3) == null ? 0 : Integer.parseInt(m.group(3)),
            pre,
            m.group(5) == null ? 0 : Integer.parseInt(m.group(5))));
  }

  public boolean isStable() {
    return pre == PreRelease.RELEASE;
  }

  /** Whether this version belongs to the line "1.22" (any patch, any pre-release). */
  public boolean inLine(int lineMajor, int lineMinor) {
    return major == lineMajor && minor == lineMinor;
  }

  @Override
  public int compareTo(GoVersion other) {
    return ORDER.compare(this, other);
  }

  /** Go's own spelling: go1.20 before 1.21, go1.21.0 from 1.21 on, go1.21rc2. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("go").append(major).append('.').append(minor);
    if (pre != PreRelease.RELEASE) {
      return s.append(pre == PreRelease.BETA ? "beta" : "rc").append(preNumber).toString();
    }
    boolean zeroPatchSpelledOut = major > 1 || minor >= 21;
    if (patch > 0 || zeroPatchSpelledOut) {
      s.append('.').append(patch);
    }
    return s.toString();
  }
}
