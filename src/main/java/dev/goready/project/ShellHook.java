package dev.goready.project;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The per-project hook each shell sources: plain shell that, before a prompt, puts the toolchain the
 * folder pins first on PATH (see the scripts under resources for how they stay cheap). One script
 * serves bash and zsh, one fish, one PowerShell; goready fills in its own paths, quoted for the shell.
 */
public enum ShellHook {
  POSIX("hook.sh", "goready.sh", ShellHook::singleQuotedPosix),
  FISH("hook.fish", "goready.fish", ShellHook::singleQuotedFish),
  POWERSHELL("hook.ps1", "goready.ps1", ShellHook::singleQuotedPowerShell);

  /** The shells `goready hook` takes, in the order help lists them. */
  public static final List<String> SHELLS = List.of("bash", "zsh", "fish", "powershell", "pwsh");

  private final String template;
  private final String fileName;
  private final UnaryOperator<String> quote;

  ShellHook(String template, String fileName, UnaryOperator<String> quote) {
    this.template = template;
    this.fileName = fileName;
    this.quote = quote;
  }

  public static ShellHook forShell(String shell) {
    return switch (shell.toLowerCase(Locale.ROOT)) {
      case "bash", "zsh", "sh" -> POSIX;
      case "fish" -> FISH;
      case "powershell", "pwsh" -> POWERSHELL;
      default -> throw new GoreadyException(ExitCode.USAGE, "there is no hook for the shell '" + shell + "'",
          "use one of " + String.join(", ", SHELLS) + "; cmd.exe and IDEs can run goready exec -- go ...");
    };
  }

  /** Where goready env --hook writes this hook: {@code GOREADY_HOME/hook/<file>}. */
  public Path file(Path goreadyHome) {
    return goreadyHome.resolve("hook").resolve(fileName);
  }

  /** The script for a store at {@code goreadyHome}; {@code command} starts goready when a missing toolchain is to be installed. */
  public String script(Path goreadyHome, String command) {
    return text()
        .replace("@TOOLCHAINS@", quote.apply(goreadyHome.resolve("toolchains").toString()))
        .replace("@CURRENT@", quote.apply(goreadyHome.resolve("current").toString()))
        .replace("@COMMAND@", quote.apply(command))
        .replace("@STATE@", quote.apply(goreadyHome.resolve("hook").toString()));
  }

  private String text() {
    try (InputStream in = ShellHook.class.getResourceAsStream(template)) {
      if (in == null) {
        throw new IllegalStateException("goready's jar lacks " + template);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String singleQuotedPosix(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }

  private static String singleQuotedFish(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  private static String singleQuotedPowerShell(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
