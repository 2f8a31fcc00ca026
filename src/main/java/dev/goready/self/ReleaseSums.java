package dev.goready.self;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.TerminalText;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A release's SHA256SUMS, the index self update and install.sh read: one {@code <hex>  <name>} line
 * per file, sha256sum's format (a {@code *} before the name marks binary mode and is allowed). Lines
 * for files that are not bundles are ignored; a line that is not this format at all means the
 * server sent something else (an HTML error page, a truncated file) and the whole index is refused.
 */
public final class ReleaseSums {
  private static final Pattern LINE = Pattern.compile("([0-9a-fA-F]{64}) [ *](\\S+)");

  private final Map<BundleName, String> bundles;

  private ReleaseSums(Map<BundleName, String> bundles) {
    this.bundles = bundles;
  }

  /** Parses {@code text}, fetched from {@code source} (named in errors). */
  public static ReleaseSums parse(String text, String source) {
    Map<BundleName, String> bundles = new LinkedHashMap<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
      if (line.isBlank()) {
        continue;
      }
      Matcher m = LINE.matcher(line);
      if (!m.matches()) {
        throw malformed(source, "line " + (i + 1) + " is not \"<sha256>  <file>\": " + TerminalText.escape(abbreviate(line)));
      }
      String digest = m.group(1).toLowerCase(Locale.ROOT);
      Optional<BundleName> bundle = BundleName.parse(m.group(2));
      if (bundle.isPresent()) {
        String before = bundles.putIfAbsent(bundle.get(), digest);
        if (before != null && !before.equals(digest)) {
          throw malformed(source, "it lists " + bundle.get().filename() + " twice, with two digests");
        }
      }
    }
    return new ReleaseSums(bundles);
  }

  /** The one bundle for {@code platform}; a release that lists two versions of it is not a release. */
  public Optional<Map.Entry<BundleName, String>> bundleFor(String platform, String source) {
    var matching = bundles.entrySet().stream().filter(e -> e.getKey().platform().equals(platform)).toList();
    if (matching.size() > 1) {
      throw malformed(source, "it lists " + matching.size() + " bundles for " + platform);
    }
    return matching.stream().findFirst();
  }

  private static String abbreviate(String line) {
    return line.length() <= 60 ? line : line.substring(0, 60) + "…";
  }

  private static GoreadyException malformed(String source, String why) {
    return new GoreadyException(ExitCode.NETWORK, "release index " + source + " is malformed: " + why,
        "check GOREADY_SELF_URL; it must serve goready's releases (<url>/latest/download/SHA256SUMS)");
  }
}
