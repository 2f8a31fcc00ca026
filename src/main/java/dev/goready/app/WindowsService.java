package dev.goready.app;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
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
import java.util.stream.Stream;

/** The Windows helper: Microsoft Defender exclusions for the Go toolchain and the folders go writes. */
public final class WindowsService {
  private final Composition parts;

  WindowsService(Composition parts) {
    this.parts = parts;
  }

  /** The Add-MpPreference lines for GOROOT's binaries and GOPATH, GOCACHE and GOMODCACHE, as go env reports them. */
  public CommandPlan defenderExclusions() {
    Host host = parts.host();
    if (HostKind.of(host) != HostKind.WINDOWS) {
      throw new GoreadyException(ExitCode.USAGE, "Defender exclusions are set on Windows", "run goready windows defender in a Windows terminal");
    }
    Probe probe = new Probe(host, new DoctorOptions(Duration.ofSeconds(10), true, Optional.empty(), parts.store().home()));
    GoEnvironment env = probe.goEnv().orElseThrow(() -> new GoreadyException(ExitCode.LOCAL, "no go on PATH answered go env", "run goready install and goready env first"));
    List<String> folders = Stream.of("GOPATH", "GOCACHE", "GOMODCACHE").flatMap(k -> env.get(k).stream()).toList();
    List<String> commands = DefenderExclusions.commands(env.get("GOROOT").orElseThrow(), env.get("GOARCH").orElse("amd64"), folders);
    return new CommandPlan(List.of("# Exclusions trade protection for speed: only exclude folders whose contents you trust.", "# In an elevated PowerShell:"), commands);
  }

  /** Runs the lines in one PowerShell; Add-MpPreference fails without elevation. */
  public void apply(CommandPlan exclusions) {
    CommandResult result = parts.host().powershell(String.join("; ", exclusions.commands()), Duration.ofSeconds(60));
    if (!result.succeeded()) {
      throw new GoreadyException(ExitCode.LOCAL, "Add-MpPreference failed: " + (result.stdoutText() + result.stderrText()).strip().lines().findFirst().orElse(""),
          "run it from an elevated (Run as administrator) PowerShell");
    }
  }
}
