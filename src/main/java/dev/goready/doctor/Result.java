package dev.goready.doctor;

import java.util.List;
import java.util.Optional;

/** What one check found: a status, a one-line summary, details for -v, and for warn/fail a fix. */
public record Result(Status status, String summary, List<String> details, Optional<Fix> fix) {

  public static Result ok(String summary, List<String> details) {
    return new Result(Status.OK, summary, List.copyOf(details), Optional.empty());
  }

  public static Result ok(String summary) {
    return ok(summary, List.of());
  }

  public static Result skip(String reason) {
    return new Result(Status.SKIP, reason, List.of(), Optional.empty());
  }

  public static Result warn(String summary, List<String> details, Fix fix) {
    return new Result(Status.WARN, summary, List.copyOf(details), Optional.of(fix));
  }

  public static Result fail(String summary, List<String> details, Fix fix) {
    return new Result(Status.FAIL, summary, List.copyOf(details), Optional.of(fix));
  }
}
