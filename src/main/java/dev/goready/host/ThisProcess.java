package dev.goready.host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Facts about goready's own JVM process. They belong to whatever machine the JVM runs on, not to
 * the machine a Host stands for, so they are static: a fixture replaying a Windows laptop still
 * writes its temporary files under this process's id.
 */
public final class ThisProcess {
  private ThisProcess() {}

  /** The process id, which makes temporary names unique among concurrent goready runs. */
  public static long pid() {
    return ProcessHandle.current().pid();
  }

  /** CPU time this JVM has used so far, where the OS tells. */
  public static Optional<Duration> cpuTime() {
    return ProcessHandle.current().info().totalCpuDuration();
  }

  /** The goready command this process runs, for lock waiters ("install 1.22"): its arguments after the jar or main class. */
  public static String command() {
    String arguments = ProcessHandle.current().info().arguments().map(a -> String.join(" ", a)).orElse("");
    return arguments.replaceFirst("^.*?(-jar \\S+|dev\\.goready\\.cli\\.Main) ?", "").strip();
  }

  /** This JVM's resident memory (VmRSS of /proc/self/status), where there is /proc. */
  public static java.util.OptionalLong residentBytes() {
    try {
      for (String line : Files.readAllLines(Path.of(ProcFiles.self(), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return java.util.OptionalLong.of(Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024);
        }
      }
    } catch (IOException | RuntimeException e) {
      // no /proc (macOS, Windows): unknown
    }
    return java.util.OptionalLong.empty();
  }

  /** When this JVM started, where the OS tells. */
  public static Optional<Instant> started() {
    return ProcessHandle.current().info().startInstant();
  }

  /**
   * CPU seconds of every child this JVM has reaped (cutime+cstime of /proc/self/stat): read before and
   * after a step, the difference is the whole step's CPU, however short-lived its processes were.
   * Empty where there is no /proc.
   */
  public static OptionalDouble reapedChildrenCpuSeconds() {
    try {
      String[] f = ProcessTreeSampler.statFields(Files.readString(Path.of(ProcFiles.selfStat())));
      return OptionalDouble.of((Long.parseLong(f[13]) + Long.parseLong(f[14])) / ProcessTreeSampler.CLOCK_TICKS);
    } catch (IOException | RuntimeException e) {
      return OptionalDouble.empty();
    }
  }
}
