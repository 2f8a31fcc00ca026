package dev.goready.release;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import java.util.Optional;

/**
 * The version a go.mod asks for: its {@code toolchain} line names an exact toolchain; without one,
 * its {@code go} line is the minimum language version.
 */
public final class GoMod {
  private GoMod() {}

  public static Selector selector(String content, String source) {
    Optional<String> toolchain = directive(content, "toolchain");
    if (toolchain.isPresent()) {
      // "go1.22.5" and suffixed custom names such as "go1.22.5-corp" name the same release.
      String name = toolchain.get().replaceFirst("[-+].*$", "");
      return new Selector.Exact(
          GoVersion.parse(name).orElseThrow(() -> invalid(source, "toolchain " + toolchain.get())));
    }
    String go =
        directive(content, "go")
            .orElseThrow(
                () ->
                    new GoreadyException(
                        ExitCode.USAGE,
                        source + " has neither a toolchain nor a go line",
                        "add a line such as 'go 1.22' to " + source + ", or name a version"));
    return new Selector.AtLeast(GoVersion.parse(go).orElseThrow(() -> invalid(source, "go " + go)));
  }

  /** The first {@code name value} line, ignoring // comments and surrounding space. */
  public static Optional<String> directive(String content, String name) {
    for (String raw : content.split("\\R")) {
      String line = raw.replaceFirst("//.*$", "").trim();
      String[] words = line.split("\\s+");
      if (words.length == 2 && words[0].equals(name)) {
        return Optional.of(words[1]);
      }
    }
    return Optional.empty();
  }

  private static GoreadyException invalid(String source, String line) {
    return new GoreadyException(
        ExitCode.USAGE, source + ": '" + line + "' is not a valid Go version", "fix the line in " + source);
  }
}
