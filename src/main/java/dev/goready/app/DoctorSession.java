package dev.goready.app;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.config.Settings;
import dev.goready.doctor.Check;
import dev.goready.doctor.DoctorOptions;
import dev.goready.doctor.Probe;
import dev.goready.doctor.Report;
import dev.goready.doctor.Runner;
import dev.goready.doctor.checks.Checks;
import dev.goready.fetch.Reachability;
import dev.goready.host.Host;
import dev.goready.host.NetworkedHost;
import dev.goready.host.RecordingHost;
import dev.goready.host.SnapshotReader;
import dev.goready.host.SnapshotWriter;
import dev.goready.install.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * goready doctor: runs every check on this machine, or on a snapshot replayed with {@code from},
 * and with {@code collect} records everything the checks read (secrets redacted) for a support request.
 */
public final class DoctorSession {
  public record Request(Duration timeout, boolean offline, Optional<Path> kernelLog, Optional<Path> collect, Optional<Path> from,
      Set<String> only, Set<String> skip, Optional<Path> project) {}

  /** The report, and the snapshot written when one was asked for. */
  public record Outcome(Report report, Optional<Path> snapshot) {}

  private final Host host;
  private final Supplier<Reachability> doors;
  private final List<Check> checks = Checks.all();

  /** {@code doors} gives the live machine its HTTP door, once per run; a replayed snapshot never gets one. */
  DoctorSession(Host host, Supplier<Reachability> doors) {
    this.host = host;
    this.doors = doors;
  }

  public Outcome run(Request request) throws IOException {
    validate(request);
    Optional<Path> from = request.from();
    Path scratch = from.isPresent() && !Files.isDirectory(from.get()) ? Files.createTempDirectory("goready-snapshot") : null;
    try (Reachability door = from.isPresent() ? null : doors.get()) {
      Host machine = from.isPresent() ? SnapshotReader.open(from.get(), scratch) : new NetworkedHost(host, door);
      RecordingHost recording = request.collect().isPresent() ? new RecordingHost(machine) : null;
      Host probed = recording != null ? recording : machine;
      Probe probe = new Probe(probed, new DoctorOptions(request.timeout(), request.offline(), request.kernelLog(), new Settings(probed).home(), request.project()));
      Report report = Runner.run(checks, probe, request.only(), request.skip());
      Optional<Path> snapshot = request.collect().map(Path::toAbsolutePath);
      if (recording != null) {
        SnapshotWriter.write(recording, probe.platform().goarch(), snapshot.orElseThrow());
      }
      return new Outcome(report, snapshot);
    } finally {
      if (scratch != null) {
        Trees.deleteRecursively(scratch);
      }
    }
  }

  private void validate(Request request) {
    Set<String> known = new LinkedHashSet<>();
    checks.forEach(c -> known.add(c.id()));
    Set<String> named = new LinkedHashSet<>(request.only());
    named.addAll(request.skip());
    named.removeIf(String::isBlank);
    for (String id : named) {
      if (!known.contains(id)) {
        throw new GoreadyException(ExitCode.USAGE, "there is no check '" + id + "'", "checks: " + String.join(", ", known));
      }
    }
  }
}
