package dev.goready.release;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.TerminalText;

/**
 * A {@code .go-version} file, the format goenv and others share: the first non-blank line that is not a
 * {@code #} comment names the version, with or without the "go" prefix. A byte-order mark, CRLF line ends
 * and surrounding spaces are what Windows editors add; they are not part of the version.
 */
public final class GoVersionFile {
  public static final String NAME = ".go-version";

  private GoVersionFile() {}

  /** The pin in {@code content}; {@code source} names the file in errors. "latest" is refused: it is no pin. */
  public static Selector selector(String content, String source) {
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    for (String raw : text.split("\\R")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String word = line.split("\\s+", 2)[0];
      if (word.equalsIgnoreCase("latest")) {
        throw new GoreadyException(ExitCode.USAGE, source + " says 'latest', which changes with every release and pins nothing",
            "write the version the project needs, for example 1.22.5 (goready list shows what is installed)");
      }
      try {
        return Selector.parse(word);
      } catch (GoreadyException notAVersion) {
        throw new GoreadyException(ExitCode.USAGE, source + ": '" + TerminalText.escape(abbreviate(word)) + "' is not a Go version",
            "write a version such as 1.22.5 or go1.22.5 (a line such as 1.22 means its newest installed release)");
      }
    }
    throw new GoreadyException(ExitCode.USAGE, source + " names no version", "write a version such as 1.22.5 into it, or delete it");
  }

  private static String abbreviate(String word) {
    return word.length() <= 40 ? word : word.substring(0, 40) + "…";
  }
}
