package dev.goready.cli;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.app.DoctorSession;
import dev.goready.doctor.JsonReport;
import dev.goready.doctor.JunitReport;
import dev.goready.doctor.Report;
import dev.goready.doctor.TextReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "doctor",
    mixinStandardHelpOptions = true,
    description = {
      "Diagnose this machine's Go environment — Windows, WSL1/WSL2, Linux, macOS — and give each finding its fix.",
      "Every check runs at once under a deadline; exit 0 when nothing failed, 1 when a check is fail, error or timeout",
      "(or warn, with --strict), 3 when doctor itself could not run."
    })
final class DoctorCommand implements Callable<Integer> {
  @ParentCommand GoreadyCommand parent;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default), json or junit.")
  String format;

  @Option(names = {"-v", "--verbose"}, description = "Show every check's details and timing.")
  boolean verbose;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "5", description = "Each check's deadline (default 5).")
  double timeoutSeconds;

  @Option(names = "--only", paramLabel = "ID", split = ",", description = "Run only these checks (the others are listed as skip).")
  Set<String> only = new LinkedHashSet<>();

  @Option(names = "--skip", paramLabel = "ID", split = ",", description = "Skip these checks.")
  Set<String> skip = new LinkedHashSet<>();

  @Option(names = "--offline", description = "No network probes (they become skip).")
  boolean offline;

  @Option(names = "--strict", description = "Exit 1 on warnings too.")
  boolean strict;

  @Option(names = "--kernel-log", paramLabel = "FILE", description = "Classify this kernel log instead of dmesg / journalctl -k.")
  Path kernelLog;

  @Option(names = "--project", paramLabel = "DIR", description = "Judge the go.mod or go.work of this folder (default: the current directory).")
  Path project;

  @Option(names = "--collect", paramLabel = "FILE.zip", description = "Also write everything the checks read, secrets redacted, to a snapshot zip.")
  Path collect;

  @Option(names = "--from", paramLabel = "FILE.zip|DIR", description = "Run the checks on a snapshot instead of this machine (never touches the network).")
  Path from;

  @Option(names = "--fix", description = "Carry out the fixes that are goready's own commands (install, use, env): show the plan, ask, run, check again.")
  boolean fix;

  @Option(names = "--yes", description = "With --fix: do not ask (for scripts).")
  boolean yes;

  @Override
  public Integer call() throws IOException {
    Context context = parent.context();
    if (!Set.of("text", "json", "junit").contains(format)) {
      throw new GoreadyException(ExitCode.USAGE, "--format " + format + " is not text, json or junit", "for CI fleets: --format junit");
    }
    if (!(timeoutSeconds > 0)) {
      throw new GoreadyException(ExitCode.USAGE, "--timeout " + timeoutSeconds + " is not a positive number of seconds", "for example --timeout 5 (the default) or --timeout 0.5");
    }
    if (kernelLog != null && !Files.isRegularFile(kernelLog)) {
      throw new GoreadyException(ExitCode.USAGE, "--kernel-log " + kernelLog + " does not exist or is not a file", "save one with: sudo dmesg > kernel.log, or leave --kernel-log out to read dmesg / journalctl -k");
    }
    if (project != null && from == null && !Files.isDirectory(project)) {
      throw new GoreadyException(ExitCode.USAGE, "--project " + project + " is not a folder", "name the folder that holds the go.mod, or run doctor inside it");
    }
    if (fix && (from != null || !format.equals("text"))) {
      throw new GoreadyException(ExitCode.USAGE, "--fix changes this machine and asks first: " + (from != null ? "not with --from" : "not with --format " + format),
          "run goready doctor --fix on the machine itself, with the text report; --format json carries each fix's action for fleet tools");
    }
    if (collect != null && from != null) {
      throw new GoreadyException(ExitCode.USAGE, "--collect and --from cannot be combined", "collect on the machine, replay anywhere");
    }
    var request = new DoctorSession.Request(Duration.ofMillis((long) (timeoutSeconds * 1000)), offline, Optional.ofNullable(kernelLog),
        Optional.ofNullable(collect), Optional.ofNullable(from), only, skip, Optional.ofNullable(project).map(p -> from == null ? p.toAbsolutePath() : p));
    DoctorSession session = context.composition().doctorSession();
    DoctorSession.Outcome outcome = session.run(request);
    Report report = outcome.report();
    switch (format) {
      case "json" -> context.out().println(JsonReport.render(report));
      case "junit" -> context.out().print(JunitReport.render(report));
      default -> TextReport.print(report, verbose, TextReport.unicodeLocale(context.host()), context.out());
    }
    outcome.snapshot().ifPresent(zip -> context.err().println("goready: wrote " + zip + " (secrets redacted); attach it to your support request"));
    if (fix) {
      return new DoctorFixer(context, strict).fix(report, yes, ids -> session.run(DoctorFixer.only(request, ids)).report());
    }
    return exitCode(report, strict);
  }

  /** 1 when a check failed (or warned, with --strict), else 0. */
  static int exitCode(Report report, boolean strict) {
    return report.failed(strict) ? ExitCode.CHECK_FAILED.code() : ExitCode.OK.code();
  }
}
