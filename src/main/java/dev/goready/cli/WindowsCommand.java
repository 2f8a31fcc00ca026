package dev.goready.cli;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.app.Composition;
import dev.goready.doctor.DoctorOptions;
import dev.goready.doctor.GoEnvironment;
import dev.goready.doctor.Probe;
import dev.goready.host.CommandResult;
import dev.goready.host.Host;
import dev.goready.host.HostKind;
import dev.goready.wsl.DefenderExclusions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "windows", mixinStandardHelpOptions = true, description = "Windows-side settings for Go.", subcommands = WindowsCommand.Defender.class)
final class WindowsCommand implements Runnable {
  @ParentCommand GoreadyCommand parent;

  @Override
  public void run() {
    new picocli.CommandLine(this).usage(parent.context().out());
  }

  @Command(
      name = "defender",
      mixinStandardHelpOptions = true,
      description = {
        "Microsoft Defender exclusions for GOROOT, GOPATH, GOCACHE, GOMODCACHE and the toolchain's programs.",
        "Printed for review: exclusions trade protection for speed. --apply runs them (elevated terminal)."
      })
  static final class Defender implements Callable<Integer> {
    @ParentCommand WindowsCommand windows;

    @Option(names = "--apply", description = "Run the Add-MpPreference lines (needs an elevated terminal).")
    boolean apply;

    @Override
    public Integer call() {
      Context context = windows.parent.context();
      Host host = context.host();
      if (HostKind.of(host) != HostKind.WINDOWS) {
        throw new GoreadyException(ExitCode.USAGE, "Defender exclusions are set on Windows", "run goready windows defender in a Windows terminal");
      }
      Composition services = context.composition();
      Probe probe = new Probe(host, new DoctorOptions(Duration.ofSeconds(10), true, Optional.empty(), services.store().home()));
      GoEnvironment env = probe.goEnv().orElseThrow(() -> new GoreadyException(ExitCode.LOCAL, "no go on PATH answered go env", "run goready install and goready env first"));
      List<String> folders = Stream.of("GOPATH", "GOCACHE", "GOMODCACHE").flatMap(k -> env.get(k).stream()).toList();
      List<String> commands = DefenderExclusions.commands(env.get("GOROOT").orElseThrow(), env.get("GOARCH").orElse("amd64"), folders);
      if (!apply) {
        context.out().println("# Exclusions trade protection for speed: only exclude folders whose contents you trust.");
        context.out().println("# In an elevated PowerShell:");
        commands.forEach(context.out()::println);
        return ExitCode.OK.code();
      }
      CommandResult result = host.run(List.of("powershell.exe", "-NoProfile", "-NonInteractive", "-Command", String.join("; ", commands)), Duration.ofSeconds(60));
      if (!result.succeeded()) {
        throw new GoreadyException(ExitCode.LOCAL, "Add-MpPreference failed: " + (result.stdoutText() + result.stderrText()).strip().lines().findFirst().orElse(""),
            "run it from an elevated (Run as administrator) PowerShell");
      }
      context.out().println("added " + commands.size() + " Defender exclusions");
      return ExitCode.OK.code();
    }
  }
}
