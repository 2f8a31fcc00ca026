package dev.goready.release;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The build information every Go binary since 1.18 carries (what {@code go version -m} prints): the
 * Go that built it and its main module's path. Found by its magic, "\xff Go buildinf:", at a 16-byte
 * boundary of the file, followed by a 32-byte header whose flags say the strings follow inline as
 * varint-length-prefixed bytes. Older layouts (pointers into the binary) yield nothing.
 */
public record GoBuildInfo(String goVersion, String path) {
  private static final byte[] MAGIC = "\u00ff Go buildinf:".getBytes(StandardCharsets.ISO_8859_1);
  private static final int HEADER = 32;
  private static final int FLAG_INLINE_STRINGS = 2;
  /** Room for the header, the version and the module list of a large tool (gopls lists about 30 modules). */
  private static final int TAIL = 64 * 1024;
  private static final int CHUNK = 1 << 20;

  /** Reads {@code in} to its end at most; empty for anything that is not a Go 1.18+ binary. */
  public static Optional<GoBuildInfo> read(InputStream in) throws IOException {
    byte[] window = new byte[CHUNK + TAIL];
    int filled = 0;
    while (true) {
      int n = in.readNBytes(window, filled, window.length - filled);
      filled += n;
      boolean end = n == 0;
      // Scan only where a whole TAIL follows (until the end), in steps that keep the window 16-byte aligned to the file.
      int limit = end ? filled : Math.max(0, filled - TAIL) & ~15;
      for (int at = 0; at < limit && at + MAGIC.length <= filled; at += 16) {
        if (Arrays.equals(window, at, at + MAGIC.length, MAGIC, 0, MAGIC.length)) {
          return parse(window, at, filled);
        }
      }
      if (end) {
        return Optional.empty();
      }
      System.arraycopy(window, limit, window, 0, filled - limit);
      filled -= limit;
    }
  }

  private static Optional<GoBuildInfo> parse(byte[] bytes, int at, int end) {
    if (at + HEADER > end || (bytes[at + MAGIC.length + 1] & FLAG_INLINE_STRINGS) == 0) {
      return Optional.empty();
    }
    int[] cursor = {at + HEADER};
    Optional<String> version = string(bytes, cursor, end);
    Optional<String> modules = string(bytes, cursor, end);
    if (version.isEmpty() || !version.get().startsWith("go")) {
      return Optional.empty();
    }
    String path = modules.map(GoBuildInfo::mainPath).orElse("");
    return Optional.of(new GoBuildInfo(version.get(), path));
  }

  /** A uvarint length and that many bytes, if they fit before {@code end}. */
  private static Optional<String> string(byte[] bytes, int[] cursor, int end) {
    long length = 0;
    int shift = 0;
    while (true) {
      if (cursor[0] >= end || shift > 28) {
        return Optional.empty();
      }
      int b = bytes[cursor[0]++] & 0xff;
      length |= (long) (b & 0x7f) << shift;
      if (b < 0x80) {
        break;
      }
      shift += 7;
    }
    if (length > end - cursor[0]) {
      return Optional.empty();
    }
    String text = new String(bytes, cursor[0], (int) length, StandardCharsets.UTF_8);
    cursor[0] += (int) length;
    return Optional.of(text);
  }

  /** The "path" line of the module list (which the linker wraps in 16 bytes of marker at either end). */
  private static String mainPath(String modules) {
    for (String line : modules.split("\n")) {
      int tab = line.indexOf('\t');
      if (tab > 0 && line.substring(0, tab).endsWith("path")) {
        return line.substring(tab + 1).strip();
      }
    }
    return "";
  }
}
