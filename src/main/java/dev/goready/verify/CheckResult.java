package dev.goready.verify;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One verification's outcome: ok, fail, or unavailable (it could not be carried out: no signature
 * published, database unreachable), with the reason in words and what was checked against what
 * (key fingerprint, tree size and root, log index) for the audit log.
 */
public record CheckResult(Method method, Status status, String reason, Map<String, Object> evidence) {
  public enum Status {
    OK,
    FAIL,
    UNAVAILABLE;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public CheckResult {
    evidence = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
  }

  public static CheckResult ok(Method method, String reason, Map<String, Object> evidence) {
    return new CheckResult(method, Status.OK, reason, evidence);
  }

  public static CheckResult fail(Method method, String reason, Map<String, Object> evidence) {
    return new CheckResult(method, Status.FAIL, reason, evidence);
  }

  public static CheckResult unavailable(Method method, String reason) {
    return new CheckResult(method, Status.UNAVAILABLE, reason, Map.of());
  }

  /** What was checked, for the audit log and JSON output: the method, the result, the reason and the evidence. */
  public Map<String, Object> details() {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("method", method.id());
    details.put("result", status.id());
    details.put("reason", reason);
    details.putAll(evidence);
    return details;
  }
}
