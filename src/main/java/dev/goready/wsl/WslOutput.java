package dev.goready.wsl;

import dev.goready.host.CommandResult;
import dev.goready.host.TextFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * wsl.exe's output: UTF-16LE (with or without BOM) unless WSL_UTF8=1, and translated labels, so it is
 * read by position ("line 1's last word"), never by label.
 */
public record WslOutput(List<String> lines) {

  public static WslOutput of(CommandResult result) {
    List<String> lines = new ArrayList<>();
    for (String line : TextFiles.decodeWindowsOutput(result.stdout()).split("\\R")) {
      String clean = line.replace("\u0000", "").strip();
      if (!clean.isEmpty()) {
        lines.add(clean);
      }
    }
    return new WslOutput(List.copyOf(lines));
  }

  /** The last word of a line: the value, whatever language the label is in. */
  public Optional<String> valueAt(int index) {
    if (index < 0 || index >= lines.size()) {
      return Optional.empty();
    }
    String[] words = lines.get(index).split("[\\s:：]+");
    return words.length == 0 ? Optional.empty() : Optional.of(words[words.length - 1]); // a line of only separators
  }

  public Optional<String> lastValue() {
    return valueAt(lines.size() - 1);
  }

  public record Distro(String name, String state, int version, boolean isDefault) {}

  /** `wsl -l -v`: a header row, then "[*] NAME STATE VERSION" rows. */
  public List<Distro> distros() {
    List<Distro> distros = new ArrayList<>();
    for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
      boolean isDefault = line.startsWith("*");
      String[] words = line.replaceFirst("^\\*", "").strip().split("\\s+");
      if (words.length >= 3 && words[words.length - 1].matches("\\d")) {
        String name = String.join(" ", java.util.Arrays.copyOfRange(words, 0, words.length - 2));
        distros.add(new Distro(name, words[words.length - 2], Integer.parseInt(words[words.length - 1]), isDefault));
      }
    }
    return distros;
  }
}
