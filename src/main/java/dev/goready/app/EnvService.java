package dev.goready.app;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.config.EnvApplier;
import dev.goready.config.EnvPlan;
import dev.goready.config.EnvPlanner;
import dev.goready.config.EnvRequest;
import dev.goready.config.Shell;
import dev.goready.config.ShellVerification;
import dev.goready.config.Shells;
import dev.goready.config.UserHome;
import dev.goready.host.Host;
import dev.goready.host.OsFamily;
import dev.goready.project.ShellHook;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * goready env: chooses the shells and the user environment, plans the edits that put Go on PATH
 * (or take it off again), and applies them under the store lock.
 */
public final class EnvService {
  /** What to do with the plan: apply it, only show it as a diff, or print one shell's lines for eval. */
  public enum Mode {
    APPLY,
    DRY_RUN,
    PRINT
  }

  /**
   * {@code shells} as typed (ids or "all"; empty: the shells found here); {@code settings}: Go variables given as flags.
   * {@code hook}: install (true) or drop (false) the per-project hook; empty keeps what an earlier run chose.
   * {@code launcher}: how the hook starts goready to install a missing toolchain.
   * {@code fixConflicts}: comment out profile lines that undo goready's go (--remove restores them).
   */
  public record Request(Mode mode, boolean remove, List<String> shells, Map<String, String> settings, boolean force, Optional<Boolean> hook,
      String launcher, boolean fixConflicts) {}

  public sealed interface Outcome {}

  /** The lines for {@code eval "$(goready env --print)"}. */
  public record Printed(String lines) implements Outcome {}

  /**
   * What would change (dry run) or what changed; {@code toolchainActive} tells whether PATH now reaches
   * a go; {@code shellProblems}: each way a changed shell, started as the user starts it, misses goready's go.
   */
  public record Planned(EnvPlan plan, boolean applied, boolean toolchainActive, List<String> shellProblems) implements Outcome {}

  private final Composition parts;

  EnvService(Composition parts) {
    this.parts = parts;
  }

  public Outcome run(Request request) throws Exception {
    Host host = parts.host();
    UserHome.require(host);
    EnvPlanner planner = new EnvPlanner(host, parts.store().home(), host.userEnvironment());
    if (request.mode() == Mode.PRINT) {
      Set<Shell> chosen = request.shells().isEmpty() ? Set.of(Shells.login(host)) : chosen(planner, request.shells());
      Shell shell = chosen.size() == 1 ? chosen.iterator().next() : Shells.login(host);
      return new Printed(shell.printLines(planner.layout(planner.pathDirs(request.settings()))));
    }
    Set<Shell> chosen = chosen(planner, request.shells());
    if (request.mode() == Mode.DRY_RUN) {
      return new Planned(plan(planner, chosen, request), false, parts.store().active().isPresent(), List.of());
    }
    // Planned under the store lock, so a second goready env waits and then plans from what the first wrote.
    EnvPlan plan = parts.locked(activation -> {
      EnvPlan planned = plan(planner, chosen, request);
      new EnvApplier(parts.audit(), host.userEnvironment()).apply(planned);
      return planned;
    });
    List<String> problems = request.remove() ? List.of() : new ShellVerification(host, parts.store().home()).problems(installedShells(host, chosen));
    return new Planned(plan, true, parts.store().active().isPresent(), problems);
  }

  /** The chosen shells installed here: a run that changed nothing still checks what later edits did. */
  private static List<Shell> installedShells(Host host, Set<Shell> chosen) {
    return Shells.inOrder(chosen).stream().filter(shell -> host.os() != OsFamily.WINDOWS && host.onPath(shell.id())).toList();
  }

  private EnvPlan plan(EnvPlanner planner, Set<Shell> chosen, Request request) {
    if (request.remove()) {
      return planner.remove(request.shells().isEmpty() ? planner.allShells() : chosen, request.shells().isEmpty());
    }
    Path home = parts.store().home();
    boolean hook = request.hook().orElseGet(() -> Arrays.stream(ShellHook.values()).anyMatch(h -> parts.host().exists(h.file(home))));
    return planner.install(new EnvRequest(chosen, request.settings(), request.force(), Optional.of(request.launcher()).filter(l -> hook),
        request.fixConflicts()));
  }

  private static Set<Shell> chosen(EnvPlanner planner, List<String> names) {
    if (names.isEmpty()) {
      return planner.detectedShells();
    }
    Set<Shell> chosen = new LinkedHashSet<>();
    for (String name : names) {
      if (name.equalsIgnoreCase("all")) {
        chosen.addAll(planner.allShells());
        continue;
      }
      chosen.add(Shells.parse(name).orElseThrow(() -> new GoreadyException(ExitCode.USAGE, "--shell " + name + " is not a shell goready knows",
          String.join(", ", Shells.ids()) + " or all")));
    }
    return chosen;
  }
}
