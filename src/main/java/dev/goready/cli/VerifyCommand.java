package dev.goready.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.TerminalText;
import dev.goready.app.VerifyService;
import dev.goready.config.Setting;
import dev.goready.config.Settings;
import dev.goready.fetch.FetchOptions;
import dev.goready.fetch.Fetcher;
import dev.goready.fetch.ProxySettings;
import dev.goready.fetch.TrustStores;
import dev.goready.verify.CheckResult;
import dev.goready.verify.TlsInspection;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    subcommands = VerifyCommand.Tls.class)
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

  @Command(name = "tls", mixinStandardHelpOptions = true,
      header = "Show the TLS a host presents, and whether a proxy intercepts it.",
      description = {"Connect to HOST (default go.dev and dl.google.com) through any proxy; print the certificate chain,",
          "the TLS version, and whether it chains to a public CA or only to a private root (TLS interception: a warning)."})
  static final class Tls implements Callable<Integer> {
    @ParentCommand VerifyCommand verify;

    @Parameters(paramLabel = "HOST[:PORT]", arity = "0..*", description = "Hosts to inspect.")
    List<String> hosts = new ArrayList<>();

    @Option(names = "--json", description = "Print the results as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      Context context = verify.parent.context();
      Settings settings = new Settings(context.host());
      List<String> targets = hosts.isEmpty() ? List.of("go.dev", "dl.google.com") : hosts;
      var keyStore = TrustStores.keyStore(context.host().os(), settings.resolve(Setting.CA_FILE).map(r -> Path.of(r.value())));
      ArrayNode results = new ObjectMapper().createArrayNode();
      int exit = ExitCode.OK.code();
      for (String target : targets) {
        TlsInspection.Recorder recorder = new TlsInspection.Recorder(TlsInspection.trustOf(keyStore));
        FetchOptions options = new FetchOptions(0, Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofMillis(100));
        TlsInspection.Report report;
        try (Fetcher fetcher = new Fetcher(options, ProxySettings.from(context.host()), Optional.of(TlsInspection.recordingContext(recorder)))) {
          Optional<javax.net.ssl.SSLSession> session = fetcher.handshake(URI.create("https://" + target + "/"));
          report = recorder.report(target, session.map(javax.net.ssl.SSLSession::getProtocol).orElse("handshake refused"));
        } catch (GoreadyException e) {
          context.err().println("goready: " + e.getMessage());
          exit = Math.max(exit, ExitCode.NETWORK.code());
          continue;
        }
        if (report.verdict() == TlsInspection.Verdict.UNTRUSTED || report.protocol().equals("handshake refused")) {
          exit = Math.max(exit, ExitCode.CHECK_FAILED.code());
        }
        if (json) {
          ObjectNode node = results.addObject().put("host", target).put("protocol", report.protocol())
              .put("verdict", report.verdict().name().toLowerCase(Locale.ROOT).replace('_', '-'));
          report.problem().ifPresent(p -> node.put("problem", p));
          ArrayNode chain = node.putArray("chain");
          report.chain().forEach(c -> chain.addObject().put("subject", c.subject()).put("issuer", c.issuer())
              .put("notBefore", c.notBefore()).put("notAfter", c.notAfter()).put("sha256", c.sha256()));
        } else {
          print(context, report);
        }
      }
      if (json) {
        context.out().println(results.toPrettyString());
      }
      return exit;
    }

    private static void print(Context context, TlsInspection.Report report) {
      String mark = switch (report.verdict()) {
        case PUBLIC -> "[✓]";
        case PRIVATE_ROOT -> "[!]";
        case UNTRUSTED -> "[✗]";
      };
      context.out().println(mark + " " + report.host() + "  " + report.protocol() + report.problem().map(p -> "  — " + p).orElse(""));
      for (TlsInspection.Certificate c : report.chain()) {
        context.out().println("      " + c.subject());
        context.out().println("        issuer " + c.issuer() + ", valid " + c.notBefore() + " to " + c.notAfter());
        context.out().println("        sha256 " + c.sha256());
      }
    }
  }
}
