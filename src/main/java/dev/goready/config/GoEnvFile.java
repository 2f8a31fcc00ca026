package dev.goready.config;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.host.Host;
import dev.goready.release.ToolchainSetting;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Go's own environment file, the one `go env -w` writes, so every shell, IDE and gopls sees the same
 * settings. Edited with go env -w/-u's semantics: the last copy of a key wins and earlier ones go,
 * an existing line is updated where it stands, new keys are appended, runs of KEY=VALUE lines are
 * sorted; anything else (comments, blank lines) stays. Keys go refuses, this refuses too.
 */
public final class GoEnvFile {
  private static final Set<String> READ_ONLY = Set.of("GOEXE", "GOGCCFLAGS", "GOHOSTARCH", "GOHOSTOS", "GOMOD", "GOWORK", "GOTOOLDIR", "GOVERSION");
  private static final Set<String> ABSOLUTE = Set.of("GOPATH", "GOMODCACHE", "GOCACHE", "GOBIN");

  private GoEnvFile() {}

  /** GOENV if set (and not "off"), else os.UserConfigDir()/go/env, as the go command finds it. */
  public static Optional<Path> location(Host host) {
    Optional<String> goenv = host.env("GOENV").filter(v -> !v.isBlank());
    if (goenv.isPresent()) {
      return goenv.get().equals("off") ? Optional.empty() : Optional.of(host.path(goenv.get()));
    }
    Path configDir = switch (host.os()) {
      case WINDOWS -> host.env("AppData").map(host::path).orElse(homeOf(host).resolve("AppData").resolve("Roaming"));
      case DARWIN -> homeOf(host).resolve("Library").resolve("Application Support");
      default -> host.env("XDG_CONFIG_HOME").filter(v -> v.startsWith("/")).map(host::path).orElse(homeOf(host).resolve(".config"));
    };
    return Optional.of(configDir.resolve("go").resolve("env"));
  }

  static Path homeOf(Host host) {
    return host.path(host.homeVariable());
  }

  /** The KEY=VALUE settings in effect (the last copy of each key). */
  public static Map<String, String> parse(String text) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      key(line).ifPresent(k -> values.put(k, line.substring(k.length() + 1).replaceFirst("\r$", "")));
    }
    return values;
  }

  /** Refuses what `go env -w` refuses, with go's reasons. */
  public static void check(String key, String value) {
    String problem = null;
    if (READ_ONLY.contains(key)) {
      problem = key + " cannot be modified";
    } else if (key.equals("GOENV")) {
      problem = "GOENV can only be set using the OS environment";
    } else if (!key.matches("[A-Z][A-Z0-9_]*")) {
      problem = "unknown go command variable " + key;
    } else if (ABSOLUTE.contains(key) && !value.isEmpty() && value.startsWith("~")) {
      problem = key + " entry cannot start with shell metacharacter '~'";
    } else if (ABSOLUTE.contains(key) && !value.isEmpty() && !isAbsolute(value)) {
      problem = key + " entry is relative; must be absolute path";
    } else if (value.indexOf('\0') >= 0 || value.matches("(?s).*[\\v\\r\\n].*")) {
      problem = "invalid " + key + " value: contains a newline or NUL";
    } else if (key.equals("GOTOOLCHAIN") && !value.isEmpty() && !ToolchainSetting.isValid(value)) {
      problem = "invalid GOTOOLCHAIN " + value + ": use local, auto, path or a version such as go1.22.5";
    }
    if (problem != null) {
      throw new GoreadyException(ExitCode.USAGE, "go env -w would refuse this: " + problem, "fix the value given to goready env");
    }
  }

  private static boolean isAbsolute(String value) {
    return value.startsWith("/") || value.matches("^[A-Za-z]:[\\\\/].*") || value.startsWith("\\\\");
  }

  /** The file's text after setting (present value) or unsetting (empty) each key. */
  public static String apply(String text, Map<String, Optional<String>> changes) {
    List<String> lines = new ArrayList<>(List.of(text.split("(?<=\n)")));
    if (!lines.isEmpty() && lines.getLast().isEmpty()) {
      lines.removeLast();
    }
    if (!lines.isEmpty() && !lines.getLast().endsWith("\n")) {
      lines.set(lines.size() - 1, lines.getLast() + "\n");
    }
    Map<String, Integer> last = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      int index = i;
      key(lines.get(i)).ifPresent(k -> {
        Integer previous = last.put(k, index);
        if (previous != null) {
          lines.set(previous, ""); // only the last copy takes effect: the earlier ones go
        }
      });
    }
    for (Map.Entry<String, Optional<String>> change : changes.entrySet()) {
      Integer at = last.get(change.getKey());
      String line = change.getValue().map(v -> change.getKey() + "=" + v + "\n").orElse("");
      if (at != null) {
        lines.set(at, line);
      } else if (!line.isEmpty()) {
        lines.add(line);
      }
    }
    sortKeyValueRuns(lines);
    return String.join("", lines);
  }

  private static void sortKeyValueRuns(List<String> lines) {
    lines.removeIf(String::isEmpty);
    int start = 0;
    while (start < lines.size()) {
      if (key(lines.get(start)).isEmpty()) {
        start++;
        continue;
      }
      int end = start;
      while (end < lines.size() && key(lines.get(end)).isPresent()) {
        end++;
      }
      lines.subList(start, end).sort(null);
      start = end;
    }
  }

  /** go's lineToKey: the text before the first '=', unless it holds a '#'. */
  private static Optional<String> key(String line) {
    int eq = line.indexOf('=');
    if (eq <= 0 || line.substring(0, eq).contains("#")) {
      return Optional.empty();
    }
    return Optional.of(line.substring(0, eq));
  }
}
