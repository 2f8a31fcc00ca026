package dev.goready.cli;

import java.util.stream.Collectors;
import picocli.CommandLine;

/**
 * goready's completions for PowerShell (Windows PowerShell 5.1 and pwsh): a native argument
 * completer over the command tree; installed versions are asked of goready list as you type.
 */
final class PowerShellCompletion {
  private PowerShellCompletion() {}

  static String script(CommandLine root) {
    CompletionModel model = CompletionModel.of(root);
    StringBuilder table = new StringBuilder();
    for (CompletionModel.Node node : model.nodes()) {
      String words = node.subcommands().stream().map(s -> "'" + s + "'").collect(Collectors.joining(","));
      String options = node.options().stream().flatMap(o -> java.util.Arrays.stream(o.names())).map(n -> "'" + n + "'").collect(Collectors.joining(","));
      table.append("  '").append(String.join(" ", node.path())).append("' = @{ words = @(").append(words).append("); options = @(").append(options)
          .append("); versions = $").append(node.takesInstalledVersion() ? "true" : "false").append(" }\n");
    }
    return "# goready completions for PowerShell (goready completion powershell)\n"
        + "$goreadyCommands = @{\n" + table + "}\n"
        + "Register-ArgumentCompleter -Native -CommandName goready, goready.cmd -ScriptBlock {\n"
        + "  param($wordToComplete, $commandAst, $cursorPosition)\n"
        + "  $path = @()\n"
        + "  foreach ($element in $commandAst.CommandElements | Select-Object -Skip 1) {\n"
        + "    $text = $element.ToString()\n"
        + "    if ($text -eq $wordToComplete) { break }\n"
        + "    $next = (($path + $text) -join ' ')\n"
        + "    if (-not $text.StartsWith('-') -and $goreadyCommands.ContainsKey($next)) { $path += $text }\n"
        + "  }\n"
        + "  $node = $goreadyCommands[($path -join ' ')]\n"
        + "  $candidates = if ($wordToComplete.StartsWith('-')) { $node.options } else { $node.words }\n"
        + "  if ($node.versions -and -not $wordToComplete.StartsWith('-')) {\n"
        + "    $candidates += (goready list 2>$null) | ForEach-Object { $_.TrimStart('*', ' ') }\n"
        + "  }\n"
        + "  $candidates | Where-Object { $_ -like \"$wordToComplete*\" } | ForEach-Object {\n"
        + "    [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)\n"
        + "  }\n"
        + "}\n";
  }
}
