package dev.goready.verify;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
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
    for (Method method : Method.values()) {
      if (!requires(method)) {
        continue;
      }
      CheckResult result = results.stream().filter(r -> r.method() == method).findFirst()
          .orElse(CheckResult.unavailable(method, "not carried out for this source"));
      if (result.status() != CheckResult.Status.OK) {
        throw new GoreadyException(ExitCode.INTEGRITY,
            what + ": required check " + method.id() + " " + result.status().id() + ": " + result.reason(),
            "nothing was activated; the policy (--require / GOREADY_REQUIRE) demands " + required.stream().map(Method::id).sorted().collect(Collectors.joining(",")));
      }
    }
  }
}
