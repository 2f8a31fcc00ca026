package dev.goready.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Sets one key in an INI file (wsl.conf, .wslconfig) and touches nothing else: comments, order,
 * unknown sections and every other key stay as they were. A key already there keeps its place; a new
 * one goes after its section's last line; a new section goes at the end. Setting twice is a no-op.
 */
public final class IniEdit {
  private IniEdit() {}

  public static String set(String text, String section, String key, String value, String eol) {
    // Split on LF alone: a line keeps its own CR, so a stray CR is never joined with the next break
    // into a CRLF that a second edit would read differently.
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    boolean finalBreak = !text.isEmpty() && lines.getLast().isEmpty();
    if (finalBreak || text.isEmpty()) {
      lines.removeLast();
    }
    int sectionStart = -1;
    int sectionEnd = lines.size();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.startsWith("[") && line.contains("]")) {
        String name = line.substring(1, line.indexOf(']')).strip();
        if (sectionStart >= 0) {
          sectionEnd = i;
          break;
        }
        if (name.equalsIgnoreCase(section)) {
          sectionStart = i;
        }
      }
    }
    String entry = key + "=" + value;
    if (sectionStart < 0) {
      if (!lines.isEmpty() && !lines.getLast().isBlank()) {
        lines.add("");
      }
      lines.add("[" + section + "]");
      lines.add(entry);
    } else {
      int insertAt = sectionStart + 1;
      boolean replaced = false;
      for (int i = sectionStart + 1; i < sectionEnd; i++) {
        String line = lines.get(i).strip();
        int eq = line.indexOf('=');
        if (!line.startsWith("#") && !line.startsWith(";") && eq > 0 && line.substring(0, eq).strip().toLowerCase(Locale.ROOT).equals(key.toLowerCase(Locale.ROOT))) {
          String indent = lines.get(i).substring(0, lines.get(i).indexOf(line.charAt(0)));
          lines.set(i, indent + line.substring(0, eq).strip() + "=" + value);
          replaced = true;
        }
        if (!line.isEmpty()) {
          insertAt = i + 1;
        }
      }
      if (!replaced) {
        lines.add(insertAt, entry);
      }
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      out.append(line);
      if (i < lines.size() - 1 || finalBreak || text.isEmpty()) {
        out.append(line.endsWith("\r") ? "\n" : eol);
      }
    }
    return out.toString();
  }
}
