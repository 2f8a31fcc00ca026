package dev.goready.cli;

import dev.goready.ExitCode;
import dev.goready.TerminalText;
import dev.goready.app.DoctorSession;
import dev.goready.doctor.CheckReport;
import dev.goready.doctor.FixAction;
import dev.goready.doctor.Report;
import dev.goready.doctor.Status;
import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * `doctor --fix`: the fixes goready can carry out itself (its own install, use and env, each of which
 * audits what it changes, and go env -u), shown as a plan, asked for, run in order, and then the checks
 * they were for run again, before → after. Its actions that need root, an elevated terminal or a WSL
 * restart are named and left to the user; advice that is a shell line is only shown.
 */
final class DoctorFixer {
  private final Context context;
  private final boolean strict;

  /** Doctor run again on some of its checks. */
  @FunctionalInterface
  interface Recheck {
    Report run(Set<String> ids) throws IOException;
  }

  DoctorFixer(Context context, boolean strict) {
    this.context = context;
    this.strict = strict;
  }

  /** The actions REPORT's warnings and failures ask for, each once, with the checks it is for. */
  static Map<FixAction, Set<String>> plan(Report report) {
    Map<FixAction, Set<String>> plan = new LinkedHashMap<>();
    for (CheckReport check : report.checks()) {
      Status status = check.result().status();
      if (status == Status.WARN || status == Status.FAIL) {
        check.result().fix().ifPresent(fix -> fix.actions().forEach(a -> plan.computeIfAbsent(a, x -> new LinkedHashSet<>()).add(check.id())));
      }
    }
    return plan;
  }

  /** Runs the plan when confirmed; {@code recheck} runs doctor again on the given check ids. */
  int fix(Report before, boolean yes, Recheck recheck) throws IOException {
    PrintStream out = context.out();
    Map<FixAction, Set<String>> plan = plan(before);
    if (plan.isEmpty()) {
      out.println("doctor --fix: nothing here that goready can fix itself; the fixes above are for you to run");
      return DoctorCommand.exitCode(before, strict);
    }
    Map<FixAction, Set<String>> held = new LinkedHashMap<>(plan);
    held.keySet().removeIf(a -> a.held().isEmpty());
    plan.keySet().removeIf(a -> a.held().isPresent());
    if (!held.isEmpty()) {
      out.println("doctor --fix leaves these to you:");
      held.forEach((action, ids) -> out.printf("  %s   (for %s: %s)%n", action.command(), String.join(", ", ids), action.held().orElseThrow()));
    }
    if (plan.isEmpty()) {
      out.println("doctor --fix: nothing it can run itself now; the steps above are for you to run");
      return DoctorCommand.exitCode(before, strict);
    }
    out.println("doctor --fix will run, in order:");
    int n = 1;
    for (Map.Entry<FixAction, Set<String>> step : plan.entrySet()) {
      out.printf("  %d. %s   (for %s)%n", n++, step.getKey().command(), String.join(", ", step.getValue()));
    }
    if (!yes && !Confirm.ask(context, "Run these?")) {
      out.println("nothing was changed (goready doctor --fix --yes runs them without asking)");
      return DoctorCommand.exitCode(before, strict);
    }
    Set<String> checked = new LinkedHashSet<>();
    for (Map.Entry<FixAction, Set<String>> step : plan.entrySet()) {
      out.println("==> " + step.getKey().command());
      int code = run(step.getKey());
      checked.addAll(step.getValue());
      if (code != ExitCode.OK.code()) {
        context.err().println("goready: doctor --fix: " + step.getKey().command() + " failed (exit " + code + "); the steps after it were not run");
        return code;
      }
    }
    Report after = recheck.run(checked);
    out.println("after the fixes:");
    for (String id : checked) {
      Optional<CheckReport> was = find(before, id);
      Optional<CheckReport> now = find(after, id);
      out.println("  " + id + ": " + was.map(c -> c.result().status().id()).orElse("?") + " -> "
          + now.map(c -> c.result().status().id() + " (" + TerminalText.escape(c.result().summary()) + ")").orElse("?"));
    }
    if (plan.keySet().stream().anyMatch(step -> step.args().getFirst().equals("env"))) {
      // This process keeps the PATH it started with; env has already started the user's shells to check them.
      out.println("this doctor still has the PATH it started with; env's changes reach shells started from now on: open a new terminal and run goready doctor there");
    }
    return DoctorCommand.exitCode(after, strict);
  }

  /** goready's own commands through the same entry as the command line (so each audits itself); go env -u by goready itself. */
  private int run(FixAction action) {
    if (action.program() == FixAction.Program.GOREADY) {
      return Cli.run(context.host(), context.out(), context.err(), action.args().toArray(String[]::new));
    }
    String name = action.args().getLast();
    try {
      boolean changed = context.composition().goSettingService().unset(name);
      context.out().println(changed ? "removed " + name + " from Go's env file" : name + " is not in Go's env file: nothing to remove");
      return ExitCode.OK.code();
    } catch (Exception e) {
      return Cli.report(context, e, false);
    }
  }

  private static Optional<CheckReport> find(Report report, String id) {
    return report.checks().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** doctor's request again, on these checks only. */
  static DoctorSession.Request only(DoctorSession.Request request, Set<String> ids) {
    return new DoctorSession.Request(request.timeout(), request.offline(), request.kernelLog(), Optional.empty(), request.from(), ids, Set.of(), request.project());
  }
}
