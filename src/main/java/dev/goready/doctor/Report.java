package dev.goready.doctor;

import dev.goready.doctor.checks.Checks;
import dev.goready.host.HostKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The whole doctor report: the host and every check, in the fixed order of {@link Checks#all()}. */
public record Report(String os, String arch, HostKind kind, List<CheckReport> checks) {

  public Map<Status, Integer> counts() {
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    for (Status status : Status.values()) {
      counts.put(status, 0);
    }
    checks.forEach(c -> counts.merge(c.result().status(), 1, Integer::sum));
    return counts;
  }

  public boolean failed(boolean strict) {
    return checks.stream().anyMatch(c -> c.result().status().failsRun(strict));
  }
}
