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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = {
      "List installed toolchains (the active one marked *), or with --remote the releases available for this platform:",
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

  @Mixin SourceOptions sources = new SourceOptions();
  @Mixin PlatformOptions platform = new PlatformOptions();

  @Override
  public Integer call() throws Exception {
    Context context = parent.context();
    Composition services = context.composition();
    if (remote) {
      return listRemote(context, services);
    }
    List<String> installed = services.store().installed();
    Optional<String> active = services.store().active();
    if (json) {
      ArrayNode array = new ObjectMapper().createArrayNode();
      installed.forEach(v -> array.addObject().put("version", v).put("active", active.equals(Optional.of(v))).put("goroot", services.store().toolchain(v).toString()));
      context.out().println(array.toPrettyString());
    } else if (installed.isEmpty()) {
      context.err().println("goready: no toolchains installed in " + services.store().toolchains() + "; try goready install");
    } else {
      installed.forEach(v -> context.out().println((active.equals(Optional.of(v)) ? "* " : "  ") + v));
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
