package dev.goready.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goready.ExitCode;
import dev.goready.TerminalText;
import dev.goready.project.ToolchainChoice;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "current",
    mixinStandardHelpOptions = true,
    header = "Say which Go this folder wants, and where that comes from.",
    description = {
      "Which Go this folder wants and where that comes from, in this order: GOREADY_GO_VERSION; the nearest",
      ".go-version here or above; the toolchain line, then the go line, of go.work (GOWORK, else the nearest),",
      "or else the nearest go.mod; then your default (goready use). Exit 5 when the pinned Go is not installed."
    })
final class CurrentCommand implements Callable<Integer> {
  @ParentCommand GoreadyCommand parent;

  @Option(names = "--dir", paramLabel = "DIR", description = "Look from DIR instead of here.")
  Path dir;

  @Option(names = "--json", description = "Print as JSON: version, installed, default, origin, file, install.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Context context = parent.context();
    Path folder = dir != null ? dir : context.host().cwd();
    ToolchainChoice choice = context.composition().projectService().choose(folder, Optional.empty());
    String origin = choice.pin().map(p -> p.origin()).orElse("your default (goready use)");
    if (json) {
      ObjectNode node = new ObjectMapper().createObjectNode();
      switch (choice) {
        case ToolchainChoice.Found found -> node.put("version", found.version()).put("installed", true).put("default", found.isDefault());
        case ToolchainChoice.Missing missing -> node.put("version", missing.pinned().selector().toString()).put("installed", false).put("install", missing.install());
        case ToolchainChoice.Nothing nothing -> node.putNull("version").put("installed", false);
      }
      node.put("origin", origin);
      choice.pin().flatMap(p -> p.file()).ifPresentOrElse(f -> node.put("file", f.toString()), () -> node.putNull("file"));
      context.out().println(node.toPrettyString());
    } else {
      switch (choice) {
        case ToolchainChoice.Found found -> {
          context.out().println(found.version() + " (" + TerminalText.escape(origin) + ")");
          var projects = context.composition().projectService();
          projects.goWouldSwitch(folder, found.version()).ifPresent(warning -> context.err().println("goready: warning: " + TerminalText.escape(warning)));
          projects.staleTools(found.version()).forEach(stale -> context.err().println("goready: warning: " + stale.file() + " was built with "
              + TerminalText.escape(stale.builtWith()) + " and may fail with " + found.version() + "; rebuild it: " + TerminalText.escape(stale.rebuild())));
        }
        case ToolchainChoice.Missing missing -> {
          context.out().println(missing.pinned().selector() + " (" + TerminalText.escape(origin) + ")");
          context.err().println("goready: go " + missing.pinned().selector() + " is not installed");
          context.err().println("  hint: run goready install " + missing.install());
        }
        case ToolchainChoice.Nothing nothing -> {
          context.err().println("goready: nothing pins a Go version here and no default is set");
          context.err().println("  hint: run goready install, or write a version into .go-version");
        }
      }
    }
    return choice instanceof ToolchainChoice.Found ? ExitCode.OK.code() : ExitCode.LOCAL.code();
  }
}
