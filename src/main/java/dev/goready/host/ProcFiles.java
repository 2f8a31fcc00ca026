package dev.goready.host;

/**
 * The kernel's /proc files goready reads, named in one place. Methods rather than constants: a
 * {@code static final String} would be copied into every caller's class file, and the paths are
 * meant to live here only. They are Linux paths as text, the same on every JVM, because fixtures
 * replay them under {@code files/} whatever machine runs the replay.
 */
public final class ProcFiles {
  private ProcFiles() {}

  /** The mount table: device, mount point, type and options per line. */
  public static String mounts() {
    return "/proc/mounts";
  }

  /** The running kernel's release ("5.15.153.1-microsoft-standard-WSL2"). */
  public static String osRelease() {
    return "/proc/sys/kernel/osrelease";
  }

  /** The kernel's banner: release, who built it, and when. */
  public static String version() {
    return "/proc/version";
  }

  /** The command name of PID 1 (systemd, init). */
  public static String initCommand() {
    return "/proc/1/comm";
  }

  /** The IPv4 routing table, gateways in little-endian hex. */
  public static String netRoute() {
    return "/proc/net/route";
  }

  /** The folder of binfmt_misc entries (WSLInterop and its rivals). */
  public static String binfmtMisc() {
    return "/proc/sys/fs/binfmt_misc";
  }

  /** Memory totals: MemTotal, MemAvailable… in kB. */
  public static String memInfo() {
    return "/proc/meminfo";
  }

  /** One block per logical CPU: "processor", "model name"… */
  public static String cpuInfo() {
    return "/proc/cpuinfo";
  }

  /** This JVM's own folder; present exactly where /proc is. */
  static String self() {
    return "/proc/self";
  }

  /** This JVM's own stat line. */
  static String selfStat() {
    return self() + "/stat";
  }

  /** A file of one process: "stat", "io". */
  static String process(long pid, String file) {
    return "/proc/" + pid + "/" + file;
  }
}
