package dev.goready.doctor;

/**
 * One area of the machine. A check reads the machine only through the {@link Probe} (and so the
 * Host), returns a value, and may throw or hang: the {@link Runner} turns that into error or timeout.
 */
public interface Check {
  /** Stable id, a contract: "wsl.kernel", "fs.gomodcache". */
  String id();

  default String area() {
    int dot = id().indexOf('.');
    return dot < 0 ? id() : id().substring(0, dot);
  }

  Result run(Probe probe) throws Exception;
}
