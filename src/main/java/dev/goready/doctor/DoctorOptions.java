package dev.goready.doctor;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** How doctor runs: each check's deadline, whether network probes may run, an explicit kernel log. */
public record DoctorOptions(Duration timeout, boolean offline, Optional<Path> kernelLog, Path goreadyHome) {}
