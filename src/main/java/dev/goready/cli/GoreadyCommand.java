package dev.goready.cli;

import dev.goready.Version;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;

@Command(
    name = "goready",
    mixinStandardHelpOptions = true,
    versionProvider = GoreadyCommand.VersionProvider.class,
    description = "Takes this machine to a verified, working Go development environment.",
    subcommands = {
      DoctorCommand.class,
      EnvCommand.class,
      WslCommand.class,
      WindowsCommand.class,
      SoakCommand.class,
      VerifyCommand.class,
      InstallCommand.class,
      ListCommand.class,
      UseCommand.class,
      UninstallCommand.class,
      AuditCommand.class,
      picocli.CommandLine.HelpCommand.class
    })
public final class GoreadyCommand implements Runnable {
  private final Context context;

  GoreadyCommand(Context context) {
    this.context = context;
  }

  Context context() {
    return context;
  }

  @Option(names = "--debug", scope = picocli.CommandLine.ScopeType.INHERIT, description = "Print stack traces for errors.")
  void debug(boolean on) {
    context.debug(on);
  }

  @Override
  public void run() {
    new picocli.CommandLine(this).usage(context.out());
  }

  static final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"goready " + Version.current()};
    }
  }
}
