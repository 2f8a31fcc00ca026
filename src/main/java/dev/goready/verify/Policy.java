package dev.goready.verify;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which checks a team requires (--require, GOREADY_REQUIRE, or "require" in the config file). A
 * required check that fails or cannot be carried out fails the install with exit 4, before anything
 * is activated: a policy that quietly passes when a signature is missing is no policy.
 */
public record Policy(Set<Method> required) {
  public static final Policy NONE = new Policy(Set.of());

  public static Policy parse(String value, String source) {
    Set<Method> methods = EnumSet.noneOf(Method.class);
    for (String item : value.split("[,\\s]+")) {
      if (item.isBlank() || item.equalsIgnoreCase("none")) {
        continue;
      }
      String id = item.trim().toLowerCase(Locale.ROOT);
      Method method = List.of(Method.values()).stream().filter(m -> m.id().equals(id)).findFirst()
          .orElseThrow(() -> new GoreadyException(ExitCode.USAGE, source + " names an unknown check '" + item.trim() + "'",
              "choose from " + List.of(Method.values()).stream().map(Method::id).collect(Collectors.joining(","))));
      methods.add(method);
    }
    return new Policy(Set.copyOf(methods));
  }

  public boolean requires(Method method) {
    return required.contains(method);
  }

  /** Throws exit 4 naming the first required check that did not pass, and why. */
  public void enforce(String what, List<CheckResult> results) {
    Optional<CheckResult> refused = firstRefused(results);
    if (refused.isPresent()) {
      refuse(what, refused.get());
    }
  }

  /** The required check {@link #enforce} names: the first, in Method order, that is missing or not ok. */
  public Optional<CheckResult> firstRefused(List<CheckResult> results) {
    for (Method method : Method.values()) {
      if (!requires(method)) {
        continue;
      }
      CheckResult result = results.stream().filter(r -> r.method() == method).findFirst()
          .orElse(CheckResult.unavailable(method, "not carried out for this source"));
      if (result.status() != CheckResult.Status.OK) {
        return Optional.of(result);
      }
    }
    return Optional.empty();
  }

  /** Before any download: a check already known not to pass (no toolchain module before go1.21.0) stops a policy that requires it. */
  public void enforceEarly(String what, CheckResult known) {
    if (requires(known.method()) && known.status() != CheckResult.Status.OK) {
      refuse(what, known);
    }
  }

  private void refuse(String what, CheckResult result) {
    throw new GoreadyException(ExitCode.INTEGRITY,
        what + ": required check " + result.method().id() + " " + result.status().id() + ": " + result.reason(),
        "nothing was activated; the policy (--require / GOREADY_REQUIRE) demands " + required.stream().map(Method::id).sorted().collect(Collectors.joining(",")));
  }
}
