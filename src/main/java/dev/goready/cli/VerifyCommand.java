package dev.goready.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.config.Setting;
import dev.goready.config.Settings;
import dev.goready.fetch.FetchOptions;
import dev.goready.fetch.Fetcher;
import dev.goready.fetch.ProxySettings;
import dev.goready.fetch.ReleaseSource;
import dev.goready.fetch.TrustStores;
import dev.goready.provenance.ReleaseVerifier;
import dev.goready.release.Release;
import dev.goready.release.ReleaseFile;
import dev.goready.release.ReleaseIndex;
import dev.goready.verify.CheckResult;
import dev.goready.verify.Method;
import dev.goready.verify.Sha256;
import dev.goready.verify.TlsInspection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    if (!Files.isRegularFile(file)) {
      throw new GoreadyException(ExitCode.USAGE, file + " does not exist", "pass the path of a downloaded Go archive");
    }
    if (bundle != null && !Files.isRegularFile(bundle)) {
      throw new GoreadyException(ExitCode.USAGE, "--bundle " + bundle + " does not exist", "pass the .sigstore.json bundle that came with the archive");
    }
    String name = file.getFileName().toString();
    Services services = new Services(context);
    try (Fetcher fetcher = services.fetcher(sources)) {
      var releases = services.releases(fetcher, sources);
      Optional<ReleaseIndex> index = reachableIndex(releases, context);
      Optional<ReleaseFile> entry = index.map(i -> i.releases().stream().map(Release::files).flatMap(List::stream)
          .filter(f -> f.filename().equals(name)).findFirst()
          .orElseThrow(() -> new GoreadyException(ExitCode.USAGE, name + " is not in the release index " + releases.indexUrl(),
              "verify checks files as go.dev/dl names them; the index lists every Go release")));
      String actual = Sha256.ofFile(file);
      long size = Files.size(file);
      // Under the store lock: the checksum database's newest tree in GOREADY_HOME/sumdb must only move forward.
      List<CheckResult> results = services.locked(activation -> {
        List<CheckResult> checks = new ArrayList<>();
        checks.add(entry.map(e -> sha256(e, actual, size, releases.indexUrl().toString()))
            .orElse(CheckResult.unavailable(Method.SHA256, "the release index " + releases.indexUrl() + " cannot be reached")));
        ReleaseVerifier verifier = services.releaseVerifier(fetcher, trust);
        if (sumdb) {
          checks.add(verifier.sumdb(file));
        }
        if (asc != null) {
          checks.add(verifier.pgp(file, asc.isEmpty() ? Optional.empty() : Optional.of(Path.of(asc)), URI.create(releases.archiveUrl(name) + ".asc")));
        }
        if (bundle != null) {
          checks.add(verifier.sigstore(file, Files.readAllBytes(bundle)));
        }
        for (CheckResult result : checks) {
          services.audit().appendCheck(name, result, Map.of("file", file.toAbsolutePath().toString()));
        }
        return checks;
      });
      print(context, name, actual, results);
      Optional<CheckResult> failed = results.stream().filter(r -> r.status() == CheckResult.Status.FAIL).findFirst();
      if (failed.isPresent()) {
        throw new GoreadyException(ExitCode.INTEGRITY, name + ": " + failed.get().method().id() + " failed: " + failed.get().reason(),
            "do not install it; download it again from a trusted mirror");
      }
      boolean incomplete = results.stream().anyMatch(r -> r.status() == CheckResult.Status.UNAVAILABLE);
      return incomplete ? ExitCode.CHECK_FAILED.code() : ExitCode.OK.code();
    }
  }

  /**
   * The index, or empty when it cannot be reached: an air-gapped machine can still check the
   * checksum database through its proxy, or a signature it was handed.
   */
  private static Optional<ReleaseIndex> reachableIndex(ReleaseSource releases, Context context) {
    try {
      return Optional.of(releases.index());
    } catch (GoreadyException e) {
      if (e.exitCode() != ExitCode.NETWORK) {
        throw e;
      }
      context.err().println("goready: " + e.getMessage());
      return Optional.empty();
    }
  }

  private static CheckResult sha256(ReleaseFile entry, String actual, long size, String index) {
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("index", index);
    evidence.put("expected", entry.expectedSha256().orElse("none"));
    evidence.put("actual", actual);
    evidence.put("size", size);
    if (entry.expectedSha256().isEmpty()) {
      return CheckResult.unavailable(Method.SHA256, "the index lists no digest for " + entry.filename());
    }
    if (entry.size() >= 0 && entry.size() != size) {
      return CheckResult.fail(Method.SHA256, size + " bytes, the index says " + entry.size(), evidence);
    }
    if (!entry.expectedSha256().get().equalsIgnoreCase(actual)) {
      return CheckResult.fail(Method.SHA256, "expected " + entry.sha256() + ", got " + actual, evidence);
    }
    return CheckResult.ok(Method.SHA256, actual + " (" + size + " bytes) matches the index", evidence);
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
      context.out().printf("%-9s %-12s %s%n", result.method().id(), result.status().id(), result.reason());
    }
  }

  @Command(name = "tls", mixinStandardHelpOptions = true,
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
