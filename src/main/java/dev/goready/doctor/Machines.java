package dev.goready.doctor;

import dev.goready.host.HostKind;
import java.util.EnumSet;
import java.util.Set;

/** The sets of machines checks declare they read, and the words a skip uses for each. */
public final class Machines {
  public static final Set<HostKind> ALL = Set.copyOf(EnumSet.allOf(HostKind.class));
  public static final Set<HostKind> WINDOWS = Set.of(HostKind.WINDOWS);
  public static final Set<HostKind> WSL = Set.of(HostKind.WSL1, HostKind.WSL2);
  /** Every machine with a Linux kernel: distros, and WSL's. */
  public static final Set<HostKind> LINUX = Set.of(HostKind.LINUX, HostKind.WSL1, HostKind.WSL2);

  private Machines() {}

  /** "not WSL", "not Linux", "not Windows"; for other sets, the machines it applies to. */
  static String notIn(Set<HostKind> machines) {
    if (machines.equals(WSL)) {
      return "not WSL";
    }
    if (machines.equals(LINUX)) {
      return "not Linux";
    }
    if (machines.equals(WINDOWS)) {
      return "not Windows";
    }
    return "applies to " + String.join(", ", machines.stream().map(HostKind::id).sorted().toList()) + " only";
  }
}
