package dev.goready.cli;

import dev.goready.ExitCode;
import dev.goready.TerminalText;
import dev.goready.app.PruneService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "prune",
    mixinStandardHelpOptions = true,
    header = "Remove toolchains no project pins, and the download cache.",
    description = {
      "Remove toolchains no project pins, and the download cache. Projects are found under the folders given",
      "with --in or in GOREADY_PROJECTS (a PATH-like list); with none, only the download cache goes.",
      "Your default toolchain, and any a running process uses, always stay."
    })
final class PruneCommand implements Callable<Integer> {
  @ParentCommand GoreadyCommand parent;

  @Option(names = "--in", paramLabel = "DIR", description = "A folder with projects in it (repeatable); default: GOREADY_PROJECTS.")
  List<Path> in = new ArrayList<>();

  @Option(names = "--dry-run", description = "Say what would be removed, and how much room that frees; remove nothing.")
  boolean dryRun;

  @Override
  public Integer call() throws Exception {
    Context context = parent.context();
    PruneService prune = context.composition().pruneService();
    PruneService.Plan plan = prune.plan(prune.folders(in));
    String verb = dryRun ? "would remove" : "removed";
    if (plan.folders().isEmpty()) {
      context.err().println("goready: no project folders given (--in DIR or GOREADY_PROJECTS): keeping every toolchain, pruning only the download cache");
    }
    plan.projects().stream().filter(p -> p.problem().isPresent())
        .forEach(p -> context.err().println("goready: warning: " + TerminalText.escape(p.problem().get()) + " (its toolchain is not kept for it)"));
    plan.kept().forEach((version, why) -> context.out().println("keep   " + version + "  " + TerminalText.escape(why)));
    plan.toolchains().forEach((version, bytes) -> context.out().println(verb + " " + version + "  " + megabytes(bytes)));
    if (!plan.downloads().isEmpty()) {
      long cache = plan.downloads().values().stream().mapToLong(Long::longValue).sum();
      context.out().println(verb + " " + plan.downloads().size() + " cached download(s)  " + megabytes(cache));
    }
    if (!dryRun) {
      prune.apply(plan);
    }
    context.out().println((dryRun ? "would free " : "freed ") + megabytes(plan.bytes()));
    return ExitCode.OK.code();
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
  }
}
