package dev.goready.doctor;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How doctor runs: each check's deadline, whether network probes may run, an explicit kernel log,
 * and the project folder whose go.mod is judged (the current directory when empty).
 */
public record DoctorOptions(Duration timeout, boolean offline, Optional<Path> kernelLog, Path goreadyHome, Optional<Path> project) {
  public DoctorOptions(Duration timeout, boolean offline, Optional<Path> kernelLog, Path goreadyHome) {
    this(timeout, offline, kernelLog, goreadyHome, Optional.empty());
  }
}
