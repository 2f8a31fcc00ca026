package dev.goready.cli;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = {
      "Print a completion script for SHELL: commands, options, and installed versions for use and uninstall.",
      "Where each shell reads it:",
      "  bash: goready completion bash > ~/.local/share/bash-completion/completions/goready",
      "  zsh: goready completion zsh > \"$${fpath[1]}/_goready\" (or source it after compinit)",
      "  fish: goready completion fish > ~/.config/fish/completions/goready.fish",
      "  PowerShell: goready completion powershell | Out-String | Invoke-Expression (add it to $PROFILE)"
    })
final class CompletionCommand implements Callable<Integer> {
  @ParentCommand GoreadyCommand parent;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SHELL", description = "bash, zsh, fish or powershell.")
  String shell;

  @Override
  public Integer call() {
    CommandLine root = spec.root().commandLine();
    String script = switch (shell.toLowerCase(Locale.ROOT)) {
      case "bash" -> AutoComplete.bash("goready", root);
      // picocli's script runs in zsh through bashcompinit, which it loads itself.
      case "zsh" -> AutoComplete.bash("goready", root);
      case "fish" -> FishCompletion.script(root);
      case "powershell", "pwsh" -> PowerShellCompletion.script(root);
      default -> throw new GoreadyException(ExitCode.USAGE, "completion " + shell + ": no completion for that shell", "use bash, zsh, fish or powershell");
    };
    parent.context().out().print(script.endsWith("\n") ? script : script + "\n");
    return ExitCode.OK.code();
  }

  /** The commands whose VERSION argument is an installed toolchain. */
  static final List<String> INSTALLED_VERSION_COMMANDS = List.of("use", "uninstall");
}
