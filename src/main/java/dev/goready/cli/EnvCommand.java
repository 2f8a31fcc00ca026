package dev.goready.cli;

import dev.goready.ExitCode;
import dev.goready.app.EnvService;
import dev.goready.config.EnvPlan;
import dev.goready.config.PlanDiff;
import dev.goready.config.Shells;
import dev.goready.host.FileEdit;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "env",
    mixinStandardHelpOptions = true,
    header = "Put Go on PATH, and Go's settings, where every shell and Go read them.",
    description = {
      "Put the active Go toolchain and GOBIN on PATH in every shell's startup files (and the Windows user environment),",
      "and Go's settings (GOPATH, GOBIN, GOPROXY, …) in Go's own env file, the one go env -w writes.",
      "Idempotent (a second run changes nothing) and reversible (--remove gives back the exact bytes)."
    })
final class EnvCommand implements Callable<Integer> {
  @ParentCommand GoreadyCommand parent;

  @Option(names = "--shell", paramLabel = "SHELL", split = ",", completionCandidates = ShellIds.class,
      description = "${COMPLETION-CANDIDATES} or all (default: the shells found on this machine).")
  List<String> shells = List.of();

  @Option(names = "--gopath", paramLabel = "DIR", description = "GOPATH (default: the current one, else ~/go).")
  String gopath;

  @Option(names = "--gobin", paramLabel = "DIR", description = "GOBIN (default: GOPATH/bin).")
  String gobin;

  @Option(names = "--gocache", paramLabel = "DIR", description = "GOCACHE.")
  String gocache;

  @Option(names = "--gomodcache", paramLabel = "DIR", description = "GOMODCACHE.")
  String gomodcache;

  @Option(names = "--goproxy", paramLabel = "URL[,URL…]", description = "GOPROXY, for example an internal Athens, then direct or off.")
  String goproxy;

  @Option(names = "--goprivate", paramLabel = "PATTERNS", description = "GOPRIVATE: module paths fetched directly and not checked in the checksum database.")
  String goprivate;

  @Option(names = "--gonosumdb", paramLabel = "PATTERNS", description = "GONOSUMDB.")
  String gonosumdb;

  @Option(names = "--gotoolchain", paramLabel = "local|auto|goX.Y.Z", description = "GOTOOLCHAIN; local means go never downloads a toolchain itself.")
  String gotoolchain;

  @Option(names = "--mod-readonly", description = "GOFLAGS=-mod=readonly: builds never rewrite go.mod behind your back.")
  boolean modReadonly;

  @Option(names = "--force", description = "Accept a GOPATH, GOCACHE or GOMODCACHE on a Windows drive inside WSL.")
  boolean force;

  @Option(names = "--dry-run", description = "Print a unified diff of every file and registry value it would change; change nothing.")
  boolean dryRun;

  @Option(names = "--remove", description = "Undo what goready env added (with --shell: only those shells' files).")
  boolean remove;

  @Option(names = "--hook", negatable = true,
      description = "Also install the per-project hook: before each prompt, the Go the folder pins goes first on PATH (bash, zsh, fish, PowerShell; see goready current). Kept by later runs; --no-hook drops it.")
  Boolean hook;

  @Option(names = "--fix-conflicts",
      description = "Comment out profile lines that undo goready's go (a GOROOT that is not goready's, another go put first on PATH after the block) behind a '# goready: ' mark; --remove takes the mark off again.")
  boolean fixConflicts;

  @Option(names = "--print", description = "Print the lines for eval \"$(goready env --print)\" (one shell: --shell); change nothing.")
  boolean print;

  @Override
  public Integer call() throws Exception {
    Context context = parent.context();
    EnvService.Mode mode = print ? EnvService.Mode.PRINT : dryRun ? EnvService.Mode.DRY_RUN : EnvService.Mode.APPLY;
    var outcome = context.composition().envService().run(new EnvService.Request(mode, remove, shells, settings(), force, java.util.Optional.ofNullable(hook), Launcher.command(),
        fixConflicts));
    switch (outcome) {
      case EnvService.Printed printed -> context.out().print(printed.lines());
      case EnvService.Planned planned when !planned.applied() -> {
        warn(context, planned.plan());
        context.out().print(PlanDiff.render(planned.plan()));
      }
      case EnvService.Planned planned -> report(context, planned, remove);
    }
    return ExitCode.OK.code();
  }

  /** Warnings quote the user's profile lines: escaped, so none can drive the terminal. */
  private static void warn(Context context, EnvPlan plan) {
    plan.warnings().forEach(w -> context.err().println("goready: warning: " + dev.goready.TerminalText.escape(w)));
  }

  /** Says per file and registry value what changed; shared with self uninstall, which removes. */
  static void report(Context context, EnvService.Planned planned, boolean remove) {
    EnvPlan plan = planned.plan();
    warn(context, plan);
    // Found by starting the shells themselves, so what a startup file does is reported in its own words.
    planned.shellProblems().forEach(p -> context.err().println("goready: warning: " + dev.goready.TerminalText.escape(p)));
    if (plan.isEmpty()) {
      context.out().println(remove ? "nothing of goready's to remove" : "already set up: nothing to change");
      return;
    }
    // A file goready made and now deletes is "removed", not "restored": the user never had it.
    plan.files().forEach(edit -> context.out().println((edit.after().isEmpty() ? "removed " : remove ? "restored " : "updated ") + edit.path()));
    plan.emptyFolders().forEach(dir -> context.out().println("removed " + dir + " (goready created it)"));
    plan.registry().forEach(r -> context.out().println((remove ? "restored " : "updated ") + "HKCU\\Environment\\" + r.name()));
    if (!remove) {
      context.err().println("goready: open a new terminal (or source your shell's startup file) to pick it up"
          + (planned.toolchainActive() ? "" : "; no toolchain is active yet: run goready install"));
    }
  }

  /** --shell's values in --help, from the one list of shells. */
  static final class ShellIds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Shells.ids().iterator();
    }
  }

  private Map<String, String> settings() {
    Map<String, String> settings = new LinkedHashMap<>();
    put(settings, "GOPATH", gopath);
    put(settings, "GOBIN", gobin);
    put(settings, "GOCACHE", gocache);
    put(settings, "GOMODCACHE", gomodcache);
    put(settings, "GOPROXY", goproxy);
    put(settings, "GOPRIVATE", goprivate);
    put(settings, "GONOSUMDB", gonosumdb);
    put(settings, "GOTOOLCHAIN", gotoolchain);
    if (modReadonly) {
      settings.put("GOFLAGS", "-mod=readonly");
    }
    return settings;
  }

  private static void put(Map<String, String> settings, String key, String value) {
    if (value != null) {
      settings.put(key, value);
    }
  }
}
