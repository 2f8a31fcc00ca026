package dev.goready.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.goready.ExitCode;
import dev.goready.TerminalText;
import dev.goready.app.Composition;
import dev.goready.fetch.Fetcher;
import dev.goready.release.Platform;
import dev.goready.release.Release;
import dev.goready.release.RemoteListing;
import dev.goready.app.PruneService;
import dev.goready.project.PinFinder;
import dev.goready.project.ProjectScan;
import dev.goready.project.ToolchainChoice;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    header = "List installed toolchains, or with --remote the releases to install.",
    description = {
      "List installed toolchains (the active one marked *), or with --remote the releases available for this platform,",
      "by default the stable releases of the two newest lines (the ones Go supports); --all adds betas, rcs and archived lines."
    })
final class ListCommand implements Callable<Integer> {
  @ParentCommand GoreadyCommand parent;

  @Option(names = "--remote", description = "List releases from the index that have an archive for the platform, newest first.")
  boolean remote;

  @Option(names = "--all", description = "With --remote: include betas, release candidates and archived releases.")
  boolean all;

  @Option(names = "--json", description = "Print as JSON.")
  boolean json;

  @Option(names = "--in", paramLabel = "DIR", description = "Mark which toolchain the projects under DIR pin (repeatable; default: GOREADY_PROJECTS).")
  List<Path> in = new ArrayList<>();

  @Mixin SourceOptions sources = new SourceOptions();
  @Mixin PlatformOptions platform = new PlatformOptions();

  /** Installed version → the project folders whose pin it answers, for the folders --in or GOREADY_PROJECTS name. */
  private Map<String, List<String>> pinnedBy(Composition services, List<String> installed, Optional<String> active) throws java.io.IOException {
    PruneService prune = services.pruneService();
    Map<String, List<String>> pinned = new java.util.TreeMap<>();
    for (ProjectScan.Project project : ProjectScan.under(prune.folders(in), new PinFinder(services.host()))) {
      if (project.pin().isPresent() && ToolchainChoice.of(project.pin(), installed, active) instanceof ToolchainChoice.Found found) {
        pinned.computeIfAbsent(found.version(), v -> new ArrayList<>()).add(project.folder().toString());
      }
    }
    return pinned;
  }

  @Override
  public Integer call() throws Exception {
    Context context = parent.context();
    Composition services = context.composition();
    if (remote) {
      return listRemote(context, services);
    }
    List<String> installed = services.store().installed();
    Optional<String> active = services.store().active();
    Map<String, List<String>> pinnedBy = pinnedBy(services, installed, active);
    if (json) {
      ArrayNode array = new ObjectMapper().createArrayNode();
      installed.forEach(v -> {
        var node = array.addObject().put("version", v).put("active", active.equals(Optional.of(v))).put("goroot", services.store().toolchain(v).toString());
        pinnedBy.getOrDefault(v, List.of()).forEach(node.putArray("pinnedBy")::add);
      });
      context.out().println(array.toPrettyString());
    } else if (installed.isEmpty()) {
      context.err().println("goready: no toolchains installed in " + services.store().toolchains() + "; try goready install");
    } else {
      installed.forEach(v -> context.out().println((active.equals(Optional.of(v)) ? "* " : "  ") + v
          + (pinnedBy.containsKey(v) ? "  pinned by " + TerminalText.escape(String.join(", ", pinnedBy.get(v))) : "")));
    }
    return ExitCode.OK.code();
  }

  private int listRemote(Context context, Composition services) {
    Platform target = platform.resolve(context.host());
    try (Fetcher fetcher = services.fetcher(sources.flags())) {
      List<Release> releases = RemoteListing.select(services.releases(fetcher, sources.flags())
          .indexOrCached(message -> context.err().println("goready: " + TerminalText.escape(message))), target, all);
      if (json) {
        ArrayNode array = new ObjectMapper().createArrayNode();
        releases.forEach(r -> array.addObject().put("version", r.version()).put("stable", r.stable()).put("archive", r.archiveFor(target).orElseThrow().filename()));
        context.out().println(array.toPrettyString());
      } else {
        releases.forEach(r -> context.out().println(r.version() + (r.stable() ? "" : "  (unstable)")));
        if (releases.isEmpty()) {
          context.err().println("goready: the index lists no " + (all ? "" : "stable ") + "release for " + target);
        }
      }
    }
    return ExitCode.OK.code();
  }
}
