package dev.goready.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.TerminalText;
import dev.goready.config.Setting;
import dev.goready.config.Settings;
import dev.goready.fetch.FetchOptions;
import dev.goready.fetch.Fetcher;
import dev.goready.fetch.ProxySettings;
import dev.goready.fetch.TlsHandshake;
import dev.goready.fetch.TrustStores;
import dev.goready.verify.TlsInspection;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * verify tls: each host's chain and whether it is public, a private root (interception) or untrusted.
 * Every host asked for is reported, one that cannot be reached with its error; exit 3 if any could not
 * be reached, else 1 if any is untrusted or not TLS. A malformed HOST:PORT is a usage error before
 * any connection.
 */
@Command(name = "tls", mixinStandardHelpOptions = true,
    header = "Show the TLS a host presents, and whether a proxy intercepts it.",
    description = {"Connect to HOST (default go.dev and dl.google.com) through any proxy; print the certificate chain,",
        "the TLS version, and whether it chains to a public CA or only to a private root (TLS interception: a warning)."})
final class VerifyTlsCommand implements Callable<Integer> {
  @ParentCommand VerifyCommand verify;

  @Parameters(paramLabel = "HOST[:PORT]", arity = "0..*", description = "Hosts to inspect.")
  List<String> hosts = new ArrayList<>();

  @Option(names = "--json", description = "Print the results as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Context context = verify.parent.context();
    List<TlsTarget> targets = (hosts.isEmpty() ? List.of("go.dev", "dl.google.com") : hosts).stream().map(TlsTarget::parse).toList();
    Optional<KeyStore> keyStore = TrustStores.keyStore(context.host().os(),
        new Settings(context.host()).resolve(Setting.CA_FILE).map(r -> Path.of(r.value())));
    ArrayNode results = new ObjectMapper().createArrayNode();
    int exit = ExitCode.OK.code();
    for (TlsTarget target : targets) {
      TlsInspection.Recorder recorder = new TlsInspection.Recorder(TlsInspection.trustOf(keyStore));
      FetchOptions options = new FetchOptions(0, Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofMillis(100));
      try (Fetcher fetcher = new Fetcher(options, ProxySettings.from(context.host()), Optional.of(TlsInspection.recordingContext(recorder)))) {
        TlsHandshake handshake = fetcher.handshake(target.uri());
        TlsInspection.Report report = recorder.report(target.text(), handshake.protocol(), handshake.refusal());
        if (report.verdict() == TlsInspection.Verdict.UNTRUSTED || report.verdict() == TlsInspection.Verdict.NOT_TLS) {
          exit = Math.max(exit, ExitCode.CHECK_FAILED.code());
        }
        if (json) {
          add(results, report);
        } else {
          print(context, report);
        }
      } catch (GoreadyException e) {
        context.err().println("goready: " + TerminalText.escape(e.getMessage()));
        exit = Math.max(exit, e.exitCode().code());
        results.addObject().put("host", target.text()).put("verdict", "unreachable").put("error", e.getMessage()).putArray("chain");
      }
    }
    if (json) {
      context.out().println(results.toPrettyString());
    }
    return exit;
  }

  private static void add(ArrayNode results, TlsInspection.Report report) {
    ObjectNode node = results.addObject().put("host", report.host()).put("protocol", report.protocol())
        .put("verdict", report.verdict().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    report.problem().ifPresent(p -> node.put("problem", p));
    ArrayNode chain = node.putArray("chain");
    report.chain().forEach(c -> chain.addObject().put("subject", c.subject()).put("issuer", c.issuer())
        .put("notBefore", c.notBefore()).put("notAfter", c.notAfter()).put("sha256", c.sha256()));
  }

  /** Subjects, issuers and the JDK's reasons come from the server: escaped. */
  private static void print(Context context, TlsInspection.Report report) {
    String mark = switch (report.verdict()) {
      case PUBLIC -> "[✓]";
      case PRIVATE_ROOT -> "[!]";
      case UNTRUSTED, NOT_TLS -> "[✗]";
    };
    context.out().println(mark + " " + TerminalText.escape(report.host()) + "  " + report.protocol()
        + report.problem().map(p -> "  — " + TerminalText.escape(p)).orElse(""));
    for (TlsInspection.Certificate c : report.chain()) {
      context.out().println("      " + TerminalText.escape(c.subject()));
      context.out().println("        issuer " + TerminalText.escape(c.issuer()) + ", valid " + c.notBefore() + " to " + c.notAfter());
      context.out().println("        sha256 " + c.sha256());
    }
  }
}
