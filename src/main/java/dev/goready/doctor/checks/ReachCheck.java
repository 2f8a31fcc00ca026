package dev.goready.doctor.checks;

import dev.goready.doctor.Check;
import dev.goready.doctor.Fix;
import dev.goready.doctor.Probe;
import dev.goready.doctor.Result;
import dev.goready.doctor.Status;
import dev.goready.doctor.checks.ReachVerdicts.Finding;
import dev.goready.fetch.ProxySettings;
import dev.goready.host.HttpAnswer;
import dev.goready.host.HttpGet;
import dev.goready.host.Secrets;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Whether `go get` can reach what it needs: GOPROXY's first entry (a small module request,
 * golang.org/x/mod's @latest) and GOSUMDB (its signed tree head, /latest), through HTTPS_PROXY and the
 * CA installs use, with the time each took. go reaches the checksum database through the proxy when
 * the proxy serves it (/sumdb/NAME/supported), so a GOSUMDB blocked directly is fine then. The requests
 * go out at once through the Host, so a snapshot replays them.
 */
public final class ReachCheck implements Check {
  static final String MODULE_REQUEST = "/golang.org/x/mod/@latest";

  @Override
  public String id() {
    return "net.reach";
  }

  @Override
  public Result run(Probe probe) throws Exception {
    if (probe.options().offline()) {
      return Result.skip("--offline");
    }
    List<String> notes = new ArrayList<>();
    Optional<URI> proxyBase = proxyBase(probe, notes);
    Optional<URI> sumdbBase = GoSettings.sumdbUrl(probe);
    if (sumdbBase.isEmpty()) {
      notes.add("GOSUMDB=" + GoSettings.get(probe, "GOSUMDB").map(v -> Secrets.redactUrls(v.strip())).orElse("") + ": no checksum database to ask");
    }
    if (proxyBase.isEmpty() && sumdbBase.isEmpty()) {
      return Result.skip(String.join("; ", notes));
    }
    Optional<ReachTarget> proxy = proxyBase.map(base -> new ReachTarget("GOPROXY", base.toString(), URI.create(base + MODULE_REQUEST)));
    Optional<ReachTarget> sumdb = sumdbBase.map(base -> new ReachTarget("GOSUMDB", base.toString(), URI.create(base + "/latest")));
    Optional<ReachTarget> sumdbViaProxy = proxyBase.flatMap(base -> sumdb.flatMap(s -> GoSettings.sumdbName(probe))
        .map(name -> new ReachTarget("GOSUMDB", base.toString(), URI.create(base + "/sumdb/" + name + "/supported"))));

    Duration each = probe.options().timeout().multipliedBy(4).dividedBy(5); // under the check's own deadline
    Optional<HttpAnswer> proxyAnswer;
    Optional<HttpAnswer> sumdbAnswer;
    Optional<HttpAnswer> viaProxyAnswer;
    try (ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor()) {
      var p = ask(probe, proxy, each, requests);
      var s = ask(probe, sumdb, each, requests);
      var v = ask(probe, sumdbViaProxy, each, requests);
      proxyAnswer = p.join();
      sumdbAnswer = s.join();
      viaProxyAnswer = v.join();
    }
    if (proxyAnswer.isEmpty() && sumdbAnswer.isEmpty()) {
      return Result.skip("not recorded in this snapshot");
    }

    ReachVerdicts verdicts = new ReachVerdicts(probe.host().os(), ProxySettings.variable(probe.host(), "HTTPS_PROXY").filter(v -> v.contains("@")).isPresent());
    List<Finding> findings = new ArrayList<>();
    List<String> details = new ArrayList<>(notes);
    proxy.ifPresent(target -> findings.add(report(target, proxyAnswer, verdicts, details)));
    sumdb.ifPresent(target -> findings.add(sumdbFinding(target, report(target, sumdbAnswer, verdicts, details), sumdbViaProxy, viaProxyAnswer, details)));
    return verdict(findings, details);
  }

  /**
   * The checksum database's part: a direct failure is fine when GOPROXY serves the database (go then
   * asks it there), and otherwise comes with the advice for private modules.
   */
  private static Finding sumdbFinding(ReachTarget target, Finding direct, Optional<ReachTarget> viaProxy, Optional<HttpAnswer> viaProxyAnswer, List<String> details) {
    if (direct.fix().isEmpty()) {
      return direct; // it answered, or was not recorded
    }
    boolean proxyServesIt = viaProxyAnswer.filter(a -> a.status().isPresent() && a.status().getAsInt() / 100 == 2).isPresent();
    if (!proxyServesIt) {
      return withSumdbAdvice(direct);
    }
    ReachTarget served = viaProxy.orElseThrow();
    details.add("go asks " + served.host() + " instead: it answers " + served.uri().getPath());
    return Finding.ok(target.host() + " through GOPROXY");
  }

  /** GOPROXY's first entry when it is an http(s) URL, credentials cut (go sends them as Basic auth; netrc does here); else a note why not. */
  private static Optional<URI> proxyBase(Probe probe, List<String> notes) {
    Optional<String> first = GoSettings.firstProxyEntry(probe);
    if (first.isEmpty()) {
      notes.add("GOPROXY names no proxy");
      return Optional.empty();
    }
    String entry = first.get();
    if (entry.equalsIgnoreCase("direct") || entry.equalsIgnoreCase("off")) {
      notes.add("GOPROXY starts with " + entry + (entry.equalsIgnoreCase("off") ? ": go downloads no modules" : ": go fetches modules from their origins, no proxy to ask"));
      return Optional.empty();
    }
    try {
      URI uri = URI.create(entry.replaceFirst("(?<=://)[^/@]*@", "").replaceFirst("/+$", ""));
      if (uri.getHost() != null && uri.getScheme() != null && uri.getScheme().matches("(?i)https?")) {
        return Optional.of(uri);
      }
    } catch (IllegalArgumentException e) {
      // reported below; net.proxy names the malformed entry
    }
    notes.add("GOPROXY's first entry " + Secrets.redactUrls(entry) + " is not an http(s) URL: nothing to ask over the network");
    return Optional.empty();
  }

  private static CompletableFuture<Optional<HttpAnswer>> ask(Probe probe, Optional<ReachTarget> target, Duration timeout, ExecutorService requests) {
    return target.map(t -> CompletableFuture.supplyAsync(() -> probe.host().http(new HttpGet(t.uri(), timeout)), requests))
        .orElse(CompletableFuture.completedFuture(Optional.empty()));
  }

  private static Finding report(ReachTarget target, Optional<HttpAnswer> answer, ReachVerdicts verdicts, List<String> details) {
    if (answer.isEmpty()) {
      details.add(target.role() + " " + target.shown() + ": not recorded");
      return new Finding(Status.SKIP, target.host() + " not recorded", Optional.empty());
    }
    HttpAnswer a = answer.get();
    String outcome = a.status().isPresent() ? "HTTP " + a.status().getAsInt() : a.failure().map(f -> f.kind().id() + ": " + f.message().lines().findFirst().orElse("")).orElse("");
    details.add(target.role() + " " + target.shown() + ": GET " + target.uri().getPath() + " → " + outcome + " in " + a.millis() + " ms (proxy: " + a.proxy() + ")");
    return verdicts.judge(target, a);
  }

  /** GOSUMDB unreachable: private modules belong in GOPRIVATE/GONOSUMDB; GOSUMDB=off would stop checking every module. */
  private static Finding withSumdbAdvice(Finding finding) {
    Fix fix = finding.fix().orElseThrow();
    List<String> commands = new ArrayList<>(fix.commands());
    commands.add("go env -w GOPRIVATE=*.corp.example.com");
    return new Finding(finding.status(), finding.phrase(), Optional.of(new Fix(List.copyOf(commands), fix.text()
        + " Until it answers, go cannot check downloaded modules against the checksum database; modules that are private belong in GOPRIVATE (or GONOSUMDB),"
        + " not GOSUMDB=off, which stops checking every module.")));
  }

  private static Result verdict(List<Finding> findings, List<String> details) {
    String summary = String.join("; ", findings.stream().map(Finding::phrase).toList());
    Optional<Finding> worst = findings.stream().filter(f -> f.status() == Status.FAIL).findFirst()
        .or(() -> findings.stream().filter(f -> f.status() == Status.WARN).findFirst());
    if (worst.isPresent()) {
      return worst.get().status() == Status.FAIL ? Result.fail(summary, details, worst.get().fix().orElseThrow()) : Result.warn(summary, details, worst.get().fix().orElseThrow());
    }
    return Result.ok(summary, details);
  }
}
