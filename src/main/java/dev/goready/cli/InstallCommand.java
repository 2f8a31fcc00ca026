package dev.goready.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goready.ExitCode;
import dev.goready.app.InstallService;
import dev.goready.install.InstallOutcome;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "install",
    mixinStandardHelpOptions = true,
    description = {
      "Download, verify (SHA-256 against the index; with --source proxy, Go's checksum database), extract and activate a Go toolchain.",
      "User-level, no admin rights: it lands in GOREADY_HOME/toolchains/<version> and GOREADY_HOME/current points at it."
    })
final class InstallCommand implements Callable<Integer> {
  @ParentCommand GoreadyCommand parent;

  @Parameters(
      index = "0",
      arity = "0..1",
      defaultValue = "latest",
      paramLabel = "SELECTOR",
      description = "latest (default), a line such as 1.22 (newest 1.22.x), an exact version (1.22.5, go1.22.5), or go.mod.")
  String selector;

  @Option(names = "--pre", description = "Allow beta and rc releases for latest and lines.")
  boolean pre;

  @Option(names = "--modfile", paramLabel = "FILE", description = "The go.mod read for the go.mod selector (default: ./go.mod).")
  Path modfile;

  @Option(names = "--allow-unverified", description = "Accept an old release whose index entry has no SHA-256 (loudly warned, logged).")
  boolean allowUnverified;

  @Option(names = "--msi", description = "Windows: run the signed MSI (machine-wide, needs admin) instead of the user-level zip.")
  boolean msi;

  @Option(names = "--source", paramLabel = "index|proxy",
      description = "index: go.dev's archives, checked by SHA-256 (default: GOREADY_SOURCE, else index); "
          + "proxy: the golang.org/toolchain module from GOPROXY, checked against the checksum database (GOSUMDB), as GOTOOLCHAIN does.")
  String source;

  @Option(names = "--require", paramLabel = "CHECKS",
      description = "Checks that must pass, else exit 4 and nothing activated: sha256,sumdb,pgp,sigstore (default: GOREADY_REQUIRE).")
  String require;

  @Option(names = "--json", description = "Print what was installed as JSON.")
  boolean json;

  @Option(names = {"-q", "--quiet"}, description = "No progress or notices on stderr (warnings still show).")
  boolean quiet;

  @Option(names = "--use", negatable = true,
      description = "Make it your default (current): yes for a version or latest, no for go.mod (a project's pin installs beside the default; the shell hook and goready exec use it there).")
  Boolean use;

  @Mixin SourceOptions sources = new SourceOptions();
  @Mixin PlatformOptions platform = new PlatformOptions();
  @Mixin TrustOptions trust = new TrustOptions();

  @Override
  public Integer call() throws Exception {
    Context context = parent.context();
    var request = new InstallService.Request(selector, Optional.ofNullable(modfile), platform.resolve(context.host()), pre, allowUnverified, msi,
        Optional.ofNullable(source), Optional.ofNullable(require), quiet, Optional.ofNullable(use), sources.flags(), trust.flags());
    render(context, context.composition().installService().install(request));
    return ExitCode.OK.code();
  }

  private void render(Context context, InstallOutcome outcome) throws Exception {
    switch (outcome) {
      case InstallOutcome.MachineWide machineWide ->
          context.out().println("installed " + machineWide.version() + " machine-wide with " + machineWide.file());
      case InstallOutcome.Activated activated -> render(context, activated);
    }
  }

  private void render(Context context, InstallOutcome.Activated outcome) throws Exception {
    if (json) {
      ObjectNode node = new ObjectMapper().createObjectNode();
      node.put("version", outcome.version());
      node.put("goroot", outcome.goroot().toString());
      node.put("status", outcome instanceof InstallOutcome.Installed ? "installed" : "already-installed");
      outcome.previous().ifPresentOrElse(p -> node.put("previous", p), () -> node.putNull("previous"));
      node.put("current", outcome.current());
      if (outcome instanceof InstallOutcome.Installed installed) {
        node.put("archive", installed.archive());
        node.put("sha256", installed.sha256());
        node.put("fromCache", installed.fromCache());
      }
      context.out().println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(node));
      return;
    }
    String what =
        switch (outcome) {
          case InstallOutcome.Installed installed ->
              "installed " + installed.version() + " (" + (installed.sha256().startsWith("h1:") ? "" : "sha256 ") + installed.sha256() + ")";
          case InstallOutcome.AlreadyInstalled already -> already.version() + " is already installed";
        };
    context.out().println(what);
    if (outcome.current()) {
      context.out().println("active: " + outcome.version() + " at " + outcome.goroot());
    } else {
      context.out().println("your default stays " + context.composition().store().active().orElse("unset") + "; goready use " + outcome.version() + " makes this one the default");
    }
    if (!quiet) {
      context.err().println("goready: run goready env to put " + outcome.goroot().getParent().getParent().resolve("current").resolve("bin") + " on PATH in every shell");
    }
  }
}
