package dev.goready.doctor.checks;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.goready.doctor.Check;
import dev.goready.doctor.Fix;
import dev.goready.doctor.Probe;
import dev.goready.doctor.Result;
import dev.goready.host.HostKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * VS Code with the Go extension: Remote-WSL in use, gopls and dlv installed, and settings
 * (go.goroot, go.gopath, go.toolsEnvVars) that contradict the environment. Settings files are JSON
 * with comments and trailing commas.
 */
public final class VsCodeCheck implements Check {
  private static final ObjectMapper JSONC = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA)
      .build();

  @Override
  public String id() {
    return "editor.vscode";
  }

  @Override
  public Result run(Probe probe) {
    String home = GoFolders.home(probe);
    boolean windows = probe.kind() == HostKind.WINDOWS;
    Path server = probe.host().path(home).resolve(".vscode-server");
    boolean remote = probe.kind().isWsl() && probe.host().exists(server);
    List<Path> settingsFiles = new ArrayList<>(settingsLocations(probe, home));
    settingsFiles.add(probe.host().cwd().resolve(".vscode").resolve("settings.json"));
    List<Path> present = settingsFiles.stream().filter(p -> probe.host().exists(p)).toList();
    boolean installed = remote || probe.host().exists(probe.host().path(home).resolve(".vscode")) || !present.isEmpty();
    if (!installed) {
      return Result.skip("VS Code is not used here");
    }
    List<String> details = new ArrayList<>();
    if (remote) {
      details.add("Remote-WSL: " + server);
    }
    present.forEach(p -> details.add("settings: " + p));
    String goroot = probe.goEnv().flatMap(e -> e.get("GOROOT")).orElse("");
    for (Path file : present) {
      Optional<JsonNode> settings = parse(probe, file);
      if (settings.isEmpty()) {
        details.add(file + " could not be read as JSON with comments");
        continue;
      }
      Optional<String> configured = text(settings.get(), "go.goroot").or(() -> text(settings.get().path("go.toolsEnvVars"), "GOROOT"));
      if (configured.isPresent() && !goroot.isEmpty() && !configured.get().equals(goroot)) {
        return Result.warn(file.getFileName() + " pins GOROOT to " + configured.get() + " but the go on PATH uses " + goroot, details,
            Fix.of("Remove go.goroot (and GOROOT in go.toolsEnvVars) from " + file + ", so the extension uses the go on PATH.", "code " + file));
      }
      Optional<String> gopath = text(settings.get(), "go.gopath");
      Optional<String> envGopath = probe.goEnv().flatMap(e -> e.get("GOPATH"));
      if (gopath.isPresent() && envGopath.isPresent() && !gopath.get().equals(envGopath.get())) {
        return Result.warn(file.getFileName() + " sets go.gopath to " + gopath.get() + " but go env says " + envGopath.get(), details,
            Fix.of("Remove go.gopath from " + file + "; set GOPATH once with go env -w.", "code " + file));
      }
    }
    String gobin = probe.goEnv().flatMap(e -> e.get("GOBIN")).or(() -> GoFolders.gopath(probe).map(p -> p + (windows ? "\\bin" : "/bin"))).orElse(home + "/go/bin");
    List<String> missing = new ArrayList<>();
    for (String tool : List.of("gopls", "dlv")) {
      boolean found = probe.host().exists(probe.host().path(gobin).resolve(windows ? tool + ".exe" : tool));
      details.add(tool + ": " + (found ? "installed" : "missing") + " in " + gobin);
      if (!found) {
        missing.add(tool);
      }
    }
    if (!missing.isEmpty()) {
      List<String> commands = new ArrayList<>();
      if (missing.contains("gopls")) {
        commands.add("go install golang.org/x/tools/gopls@latest");
      }
      if (missing.contains("dlv")) {
        commands.add("go install github.com/go-delve/delve/cmd/dlv@latest");
      }
      return Result.warn(String.join(" and ", missing) + " not installed: the Go extension needs them for completion and debugging", details,
          new Fix(commands, "Install the tools the Go extension uses" + (remote ? " inside WSL (Remote-WSL runs them here, not on Windows)." : ".")));
    }
    return Result.ok((remote ? "Remote-WSL, " : "") + "gopls and dlv installed", details);
  }

  private static List<Path> settingsLocations(Probe probe, String home) {
    return switch (probe.kind()) {
      case WINDOWS -> List.of(probe.host().path(probe.env("APPDATA").orElse(home + "\\AppData\\Roaming")).resolve("Code").resolve("User").resolve("settings.json"));
      case MACOS -> List.of(probe.host().path(home).resolve("Library/Application Support/Code/User/settings.json"));
      default -> List.of(probe.host().path(home).resolve(".config/Code/User/settings.json"), probe.host().path(home).resolve(".vscode-server/data/Machine/settings.json"));
    };
  }

  private static Optional<JsonNode> parse(Probe probe, Path file) {
    try {
      JsonNode node = JSONC.readTree(probe.host().readFile(file).orElse("{}"));
      return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() && !value.asText().isBlank() ? Optional.of(value.asText()) : Optional.empty();
  }
}
