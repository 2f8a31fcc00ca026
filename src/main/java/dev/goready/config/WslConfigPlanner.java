package dev.goready.config;

import dev.goready.host.FileEdit;
import dev.goready.host.FileEditor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Plans `goready wsl config`: keys set in /etc/wsl.conf or .wslconfig, everything else in them kept. */
public final class WslConfigPlanner {
  private WslConfigPlanner() {}

  /** One key in one INI file: [section] key=value. */
  public record Setting(Path file, String section, String key, String value) {}

  public static List<FileEdit> plan(List<Setting> settings) {
    Map<Path, List<Setting>> byFile = new LinkedHashMap<>();
    settings.forEach(s -> byFile.computeIfAbsent(s.file(), f -> new ArrayList<>()).add(s));
    List<FileEdit> edits = new ArrayList<>();
    byFile.forEach((file, keys) -> {
      Optional<byte[]> before = FileEditor.read(file);
      String eol = file.getFileName().toString().equals(".wslconfig") ? "\r\n" : "\n";
      TextFormat.Decoded decoded = before.map(b -> TextFormat.decode(b, eol))
          .orElse(new TextFormat.Decoded("", new TextFormat(StandardCharsets.UTF_8, new byte[0], eol)));
      String text = decoded.text();
      for (Setting s : keys) {
        text = IniEdit.set(text, s.section(), s.key(), s.value(), decoded.format().eol());
      }
      byte[] after = decoded.format().encode(text);
      if (before.isEmpty() || !Arrays.equals(before.get(), after)) {
        edits.add(new FileEdit(file, before, Optional.of(after), "WSL settings", true));
      }
    });
    return edits;
  }
}
