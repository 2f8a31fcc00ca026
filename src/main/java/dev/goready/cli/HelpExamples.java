package dev.goready.cli;

import java.util.List;
import java.util.Map;

/**
 * The Examples section of each command's help, taken from the README: a few command lines a user can
 * copy, each tested to parse (HelpExamplesTest), so help never shows an example that is refused, and
 * each short enough for an 80-column terminal (picocli would wrap it without indent).
 */
final class HelpExamples {
  private HelpExamples() {}

  /** By the command's full name ("goready soak compare"). */
  static final Map<String, List<String>> BY_COMMAND = Map.ofEntries(
      Map.entry("goready doctor", List.of("goready doctor -v", "goready doctor --format json", "goready doctor --only fs.gomodcache,path.go",
          "goready doctor --collect machine.zip", "goready doctor --from machine.zip", "goready doctor --fix")),
      Map.entry("goready env", List.of("goready env --dry-run", "goready env --shell bash,fish",
          "goready env --goproxy https://athens.corp.example,direct",
          "goready env --goprivate '*.corp.example'", "goready env --fix-conflicts", "goready env --remove")),
      Map.entry("goready install", List.of("goready install", "goready install 1.22", "goready install 1.22.5 --require sha256,sumdb,pgp",
          "goready install --source proxy 1.22.5", "goready install go.mod --modfile ../svc/go.mod")),
      Map.entry("goready list", List.of("goready list", "goready list --remote", "goready list --remote --all")),
      Map.entry("goready use", List.of("goready use 1.22.4", "goready use 1.22", "goready use latest")),
      Map.entry("goready uninstall", List.of("goready uninstall 1.22.4", "goready uninstall 1.21 --keep-download")),
      Map.entry("goready current", List.of("goready current")),
      Map.entry("goready which", List.of("goready which", "goready which gofmt")),
      Map.entry("goready exec", List.of("goready exec -- go build ./...", "goready exec 1.21.13 -- go test ./...")),
      Map.entry("goready hook", List.of("goready hook zsh", "goready hook fish")),
      Map.entry("goready prune", List.of("goready prune --in ~/src --dry-run")),
      Map.entry("goready soak", List.of("goready soak --project ~/src/app --duration 72h --race --out soak-72h",
          "goready soak --cycles 20 --interval 10s", "goready soak --resume soak-72h", "goready soak --resume soak-72h --override --duration 96h")),
      Map.entry("goready soak compare", List.of("goready soak compare soak-win11 soak-wsl2")),
      Map.entry("goready verify", List.of("goready verify go1.22.5.linux-amd64.tar.gz", "goready verify go1.22.5.linux-amd64.tar.gz --sumdb --asc --json")),
      Map.entry("goready verify tls", List.of("goready verify tls", "goready verify tls mirror.corp.example:8443 --json")),
      Map.entry("goready audit", List.of("goready audit", "goready audit --json")),
      Map.entry("goready audit verify", List.of("goready audit verify")),
      Map.entry("goready self update", List.of("goready self update", "goready self update 0.2.0 --require sigstore")),
      Map.entry("goready self rollback", List.of("goready self rollback")),
      Map.entry("goready self uninstall", List.of("goready self uninstall", "goready self uninstall --keep-home")),
      Map.entry("goready completion", List.of("goready completion bash", "goready completion fish")),
      Map.entry("goready wsl config", List.of("goready wsl config --networking-mode mirrored --dns-tunneling on")),
      Map.entry("goready wsl portproxy", List.of("goready wsl portproxy 8080", "goready wsl portproxy --list")),
      Map.entry("goready wsl link-workspace", List.of("goready wsl link-workspace")),
      Map.entry("goready windows defender", List.of("goready windows defender", "goready windows defender --apply")));

  /** The section's lines, or none for a command without examples. */
  static List<String> lines(String command) {
    List<String> examples = BY_COMMAND.getOrDefault(command, List.of());
    if (examples.isEmpty()) {
      return List.of();
    }
    List<String> lines = new java.util.ArrayList<>(List.of("", "Examples:"));
    examples.forEach(example -> lines.add("  " + example));
    return lines;
  }
}
