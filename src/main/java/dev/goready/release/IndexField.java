package dev.goready.release;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks for the index fields that become file names and sizes. A mirror's {@code filename} is
 * written under GOREADY_HOME as-is, so anything but Go's own shape (no separators, no "..", no
 * control characters) would let a broken or hostile mirror write outside the store.
 */
final class IndexField {
  /** Larger than any Go archive will be; a bigger size is a broken index, not a download to try. */
  static final long MAX_SIZE = 16L << 30;

  // go<version>.<os>-<arch>[-osx10.N].<ext> or go<version>.src.tar.gz, as go.dev/dl has always named them.
  private static final Pattern FILENAME =
      Pattern.compile("go([0-9][0-9a-z.]*?)\\.(?:src\\.tar\\.gz|[a-z0-9]+-[a-z0-9]+(?:-osx10\\.[0-9]+)?\\.(?:tar\\.gz|zip|msi|pkg))");

  private IndexField() {}

  static boolean isFilename(String name) {
    Matcher m = FILENAME.matcher(name);
    return m.matches() && GoVersion.parse(m.group(1)).isPresent();
  }

  /** A size from the index: a whole number of bytes above zero and below {@link #MAX_SIZE}. */
  static Optional<Long> size(com.fasterxml.jackson.databind.JsonNode node) {
    if (!node.isIntegralNumber() || !node.canConvertToLong()) {
      return Optional.empty();
    }
    long size = node.asLong();
    return size > 0 && size < MAX_SIZE ? Optional.of(size) : Optional.empty();
  }

  /** {@code text} quoted, with control characters and other invisibles escaped so a message stays one line. */
  static String quoted(String text) {
    StringBuilder out = new StringBuilder("\"");
    text.codePoints().forEach(c -> {
      if (c == '"' || c == '\\') {
        out.append('\\').appendCodePoint(c);
      } else if (c < 0x20 || c == 0x7f || Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
        out.append(String.format("\\u%04x", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.append('"').toString();
  }
}
