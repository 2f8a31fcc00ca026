package dev.goready.doctor;

import dev.goready.host.HostKind;
import java.util.Set;

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

  /** The machines this check can read; elsewhere the runner skips it, saying {@link #notHere}. */
  default Set<HostKind> machines() {
    return Machines.ALL;
  }

  /** Why the check says nothing on {@code kind}: by default "not WSL", "not Linux" and so on. */
  default String notHere(HostKind kind) {
    return Machines.notIn(machines());
  }

  /** Runs on one of {@link #machines()}. */
  Result run(Probe probe) throws Exception;
}
