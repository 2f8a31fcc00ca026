package dev.goready.cli;

import dev.goready.Version;
import dev.goready.host.Host;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;

/** The top level; its commands are added by CommandTree, only those a command line needs. */
@Command(
    name = "goready",
    mixinStandardHelpOptions = true,
    description = "Takes this machine to a verified, working Go development environment.")
public final class GoreadyCommand implements Runnable {
  /** The command as built, with goready's help settings and its full name ("goready wsl"). */
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

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
    spec.commandLine().usage(context.out());
  }

  /** Version, commit and build time, the runtime, and the platform goready would install for. */
  static final class VersionProvider implements IVersionProvider {
    private final Host host;

    VersionProvider(Host host) {
      this.host = host;
    }

    @Override
    public String[] getVersion() {
      String build = Version.commit().map(c -> " (commit " + c + Version.buildTime().map(t -> ", built " + t).orElse("") + ")").orElse("");
      return new String[] {
        "goready " + Version.current() + build,
        "runtime: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.home") + ")",
        "platform: " + host.os().goos() + "/" + host.nativeGoarch()
      };
    }
  }
}
