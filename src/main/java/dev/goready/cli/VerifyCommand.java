package dev.goready.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.TerminalText;
import dev.goready.app.VerifyService;
import dev.goready.verify.CheckResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    header = "Verify a Go archive against the index, signatures and the checksum database.",
    description = {"Verify a Go archive: size and SHA-256 against the release index, and on request the checksum database,",
        "Google's OpenPGP signature and a Sigstore bundle. Each check is ok, fail (exit 4) or unavailable (exit 1).",
        "verify tls shows what TLS a host presents, and whether a corporate proxy intercepts it."},
    subcommands = VerifyTlsCommand.class)
final class VerifyCommand implements Callable<Integer> {
  @ParentCommand GoreadyCommand parent;

  @Parameters(paramLabel = "FILE", arity = "0..1", description = "An archive as go.dev/dl names it, e.g. go1.22.5.linux-amd64.tar.gz.")
  Path file;

  @Option(names = "--asc", arity = "0..1", fallbackValue = "", paramLabel = "FILE",
      description = "Check the detached OpenPGP signature against Google's pinned release key; without FILE it is fetched from <download-url>/<file>.asc (.tar.gz only).")
  String asc;

  @Option(names = "--bundle", paramLabel = "FILE", description = "Check a Sigstore bundle over the archive (with --certificate-identity and --certificate-oidc-issuer).")
  Path bundle;

  @Option(names = "--sumdb", description = "Hash the archive's files as the golang.org/toolchain module and check them against the checksum database (GOSUMDB).")
  boolean sumdb;

  @Option(names = "--json", description = "Print the results as JSON.")
  boolean json;

  @Mixin SourceOptions sources = new SourceOptions();
  @Mixin TrustOptions trust = new TrustOptions();

  @Override
  public Integer call() throws Exception {
    Context context = parent.context();
    if (file == null) {
      throw new GoreadyException(ExitCode.USAGE, "no FILE given", "goready verify go1.22.5.linux-amd64.tar.gz, or goready verify tls");
    }
    var request = new VerifyService.Request(file, Optional.ofNullable(asc), Optional.ofNullable(bundle), sumdb, sources.flags(), trust.flags());
    VerifyService.Result result = context.composition().verifyService().verify(request);
    print(context, result.name(), result.sha256(), result.checks());
    Optional<CheckResult> failed = result.failed();
    if (failed.isPresent()) {
      throw new GoreadyException(ExitCode.INTEGRITY, result.name() + ": " + failed.get().method().id() + " failed: " + failed.get().reason(),
          "do not install it; download it again from a trusted mirror");
    }
    return result.incomplete() ? ExitCode.CHECK_FAILED.code() : ExitCode.OK.code();
  }

  private void print(Context context, String name, String actual, List<CheckResult> results) {
    if (json) {
      ObjectNode node = new ObjectMapper().createObjectNode().put("file", name).put("sha256", actual);
      node.put("result", results.stream().anyMatch(r -> r.status() == CheckResult.Status.FAIL) ? "fail"
          : results.stream().anyMatch(r -> r.status() == CheckResult.Status.UNAVAILABLE) ? "unavailable" : "ok");
      ArrayNode checks = node.putArray("checks");
      for (CheckResult result : results) {
        checks.add(new ObjectMapper().valueToTree(result.details()));
      }
      context.out().println(node.toPrettyString());
      return;
    }
    for (CheckResult result : results) {
      context.out().printf("%-9s %-12s %s%n", result.method().id(), result.status().id(), TerminalText.escape(result.reason()));
    }
  }
}
