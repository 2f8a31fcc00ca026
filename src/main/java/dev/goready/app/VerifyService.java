package dev.goready.app;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.fetch.Fetcher;
import dev.goready.fetch.ReleaseSource;
import dev.goready.provenance.ReleaseVerifier;
import dev.goready.release.Release;
import dev.goready.release.ReleaseFile;
import dev.goready.release.ReleaseIndex;
import dev.goready.verify.CheckResult;
import dev.goready.verify.Method;
import dev.goready.verify.Sha256;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * goready verify FILE: size and SHA-256 against the release index, and on request the checksum
 * database, Google's OpenPGP signature and a Sigstore bundle; every result goes to the audit log.
 */
public final class VerifyService {
  /**
   * {@code asc}: empty for no signature check, "" to fetch {@code <download-url>/<file>.asc}, else
   * the signature file; {@code bundle}: a Sigstore bundle to check.
   */
  public record Request(Path file, Optional<String> asc, Optional<Path> bundle, boolean sumdb, SourceFlags sources, TrustFlags trust) {}

  /** What was checked: the archive's name and SHA-256, and each check in the order it ran. */
  public record Result(String name, String sha256, List<CheckResult> checks) {
    public Optional<CheckResult> failed() {
      return checks.stream().filter(r -> r.status() == CheckResult.Status.FAIL).findFirst();
    }

    public boolean incomplete() {
      return checks.stream().anyMatch(r -> r.status() == CheckResult.Status.UNAVAILABLE);
    }
  }

  private final Composition parts;

  VerifyService(Composition parts) {
    this.parts = parts;
  }

  public Result verify(Request request) throws Exception {
    Path file = request.file();
    if (!Files.isRegularFile(file)) {
      throw new GoreadyException(ExitCode.USAGE, file + " does not exist", "pass the path of a downloaded Go archive");
    }
    if (request.bundle().isPresent() && !Files.isRegularFile(request.bundle().get())) {
      throw new GoreadyException(ExitCode.USAGE, "--bundle " + request.bundle().get() + " does not exist", "pass the .sigstore.json bundle that came with the archive");
    }
    String name = file.getFileName().toString();
    try (Fetcher fetcher = parts.fetcher(request.sources())) {
      ReleaseSource releases = parts.releases(fetcher, request.sources());
      Optional<ReleaseFile> entry = reachableIndex(releases).map(i -> i.releases().stream().map(Release::files).flatMap(List::stream)
          .filter(f -> f.filename().equals(name)).findFirst()
          .orElseThrow(() -> new GoreadyException(ExitCode.USAGE, name + " is not in the release index " + releases.indexUrl(),
              "verify checks files as go.dev/dl names them; the index lists every Go release")));
      String actual = Sha256.ofFile(file);
      long size = Files.size(file);
      // Under the store lock: the checksum database's newest tree in GOREADY_HOME/sumdb must only move forward.
      List<CheckResult> results = parts.locked(activation -> {
        List<CheckResult> checks = new ArrayList<>();
        checks.add(entry.map(e -> sha256(e, actual, size, releases.indexUrl().toString()))
            .orElse(CheckResult.unavailable(Method.SHA256, "the release index " + releases.indexUrl() + " cannot be reached")));
        ReleaseVerifier verifier = parts.releaseVerifier(fetcher, request.trust());
        if (request.sumdb()) {
          checks.add(verifier.sumdb(file));
        }
        if (request.asc().isPresent()) {
          String asc = request.asc().get();
          checks.add(verifier.pgp(file, asc.isEmpty() ? Optional.empty() : Optional.of(Path.of(asc)), URI.create(releases.archiveUrl(name) + ".asc")));
        }
        if (request.bundle().isPresent()) {
          checks.add(verifier.sigstore(file, Files.readAllBytes(request.bundle().get())));
        }
        for (CheckResult result : checks) {
          parts.audit().appendCheck(name, result, Map.of("file", file.toAbsolutePath().toString()));
        }
        return checks;
      });
      return new Result(name, actual, List.copyOf(results));
    }
  }

  /**
   * The index, or empty when it cannot be reached: an air-gapped machine can still check the
   * checksum database through its proxy, or a signature it was handed.
   */
  private Optional<ReleaseIndex> reachableIndex(ReleaseSource releases) {
    try {
      return Optional.of(releases.index());
    } catch (GoreadyException e) {
      if (e.exitCode() != ExitCode.NETWORK) {
        throw e;
      }
      parts.notice(e.getMessage());
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
}
