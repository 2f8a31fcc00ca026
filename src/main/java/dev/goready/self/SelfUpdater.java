package dev.goready.self;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.LocalIo;
import dev.goready.TerminalText;
import dev.goready.audit.AuditEntry;
import dev.goready.audit.AuditLog;
import dev.goready.fetch.DownloadRestartedException;
import dev.goready.fetch.DownloadStream;
import dev.goready.fetch.Fetcher;
import dev.goready.host.CommandResult;
import dev.goready.host.Host;
import dev.goready.install.BundleUnpacker;
import dev.goready.install.ExtractionLimits;
import dev.goready.install.InstallReporter;
import dev.goready.install.UnsafeArchiveException;
import dev.goready.verify.CheckResult;
import dev.goready.verify.Sha256;
import dev.goready.verify.SigstoreCheck;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Replaces the goready the user runs with another release, the way a toolchain is installed:
 * the release's SHA256SUMS names the bundle and its digest; the download is checked against it
 * (and against the release workflow's Sigstore signature when the policy requires one); the bundle
 * is unpacked beside the running version and started once; only then does current switch. A
 * failure at any step, a kill at any moment, leaves the goready that ran before as it was.
 */
public final class SelfUpdater {
  /** The releases page the release workflow publishes to; GOREADY_SELF_URL names a mirror of it. */
  public static final String DEFAULT_RELEASES = "https://github.com/goready/goready/releases";

  private static final Duration SMOKE_TEST = Duration.ofSeconds(120);

  private final Host host;
  private final Fetcher fetcher;
  private final URI releases;
  private final SelfHome home;
  private final Path downloads;
  private final AuditLog audit;
  private final InstallReporter reporter;
  private final Optional<Function<String, SigstoreCheck>> requiredSigner;

  /**
   * {@code requiredSigner}, when the policy requires Sigstore, gives the check for a version: its
   * bundle must be signed by the release workflow for that version's tag.
   */
  public SelfUpdater(Host host, Fetcher fetcher, URI releases, SelfHome home, Path downloads, AuditLog audit, InstallReporter reporter,
      Optional<Function<String, SigstoreCheck>> requiredSigner) {
    this.host = host;
    this.fetcher = fetcher;
    this.releases = releases;
    this.home = home;
    this.downloads = downloads;
    this.audit = audit;
    this.reporter = reporter;
    this.requiredSigner = requiredSigner;
  }

  public sealed interface Outcome {
    String version();
  }

  public record Updated(String version, Optional<String> from, Path folder) implements Outcome {}

  public record UpToDate(String version, Path folder) implements Outcome {}

  /** The release {@code version} names (empty: the newest) made current. */
  public Outcome update(Optional<String> version) {
    home.recover();
    version.ifPresent(SelfUpdater::requireVersion);
    URI release = URI.create(releases + (version.isPresent() ? "/download/v" + version.get() : "/latest/download") + "/");
    URI sumsUrl = release.resolve("SHA256SUMS");
    ReleaseSums sums = ReleaseSums.parse(fetcher.fetchText(sumsUrl, "goready's release index"), sumsUrl.toString());
    String platform = BundleName.platformOf(host);
    var found = sums.bundleFor(platform, sumsUrl.toString()).orElseThrow(() -> new GoreadyException(ExitCode.NETWORK,
        sumsUrl + " lists no goready bundle for " + platform, "goready is released for linux, macos and windows on x64 and arm64"));
    BundleName bundle = found.getKey();
    if (version.isPresent() && !version.get().equals(bundle.version())) {
      throw new GoreadyException(ExitCode.INTEGRITY, sumsUrl + " names " + bundle.filename() + ", not version " + version.get(),
          "the mirror at GOREADY_SELF_URL serves the wrong release under v" + version.get());
    }
    if (home.active().equals(Optional.of(bundle.version())) && Files.isDirectory(home.version(bundle.version()))) {
      return new UpToDate(bundle.version(), home.version(bundle.version()));
    }
    Path archive = download(release.resolve(bundle.filename()), bundle, found.getValue());
    Path staging = home.newStaging();
    try {
      Path unpacked = unpack(archive, bundle, staging);
      smokeTest(unpacked, bundle);
      Optional<String> from = home.active();
      Path folder = home.version(bundle.version());
      LocalIo.run(folder, () -> {
        if (Files.exists(folder)) {
          Files.move(folder, staging.resolve("replaced"), StandardCopyOption.ATOMIC_MOVE); // an incomplete earlier copy
        }
        return Files.move(unpacked, folder, StandardCopyOption.ATOMIC_MOVE);
      });
      home.switchTo(bundle.version());
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("archive", bundle.filename());
      details.put("sha256", found.getValue());
      details.put("folder", folder.toString());
      from.ifPresent(f -> details.put("previous", f));
      audit.append("self-update", bundle.version(), AuditEntry.OK, details);
      LocalIo.run(archive, () -> Files.deleteIfExists(archive));
      home.prune(keep(bundle.version(), from));
      return new Updated(bundle.version(), from, folder);
    } finally {
      LocalIo.run(staging, () -> {
        if (Files.exists(staging)) {
          dev.goready.install.Trees.deleteRecursively(staging);
        }
        return null;
      });
    }
  }

  /** Switches current back to the version it pointed at before the last update or rollback. */
  public Updated rollback() {
    home.recover();
    Optional<String> active = home.active();
    String previous = home.previous().orElseThrow(() -> new GoreadyException(ExitCode.USAGE,
        "there is no earlier goready in " + home.root() + " to roll back to", "goready self update VERSION installs a named release"));
    home.switchTo(previous);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("folder", home.version(previous).toString());
    active.ifPresent(a -> details.put("previous", a));
    audit.append("self-rollback", previous, AuditEntry.OK, details);
    return new Updated(previous, active, home.version(previous));
  }

  private static Set<String> keep(String version, Optional<String> from) {
    return from.map(f -> Set.of(version, f)).orElse(Set.of(version));
  }

  static void requireVersion(String version) {
    if (!BundleName.isVersion(version)) {
      throw new GoreadyException(ExitCode.USAGE, "'" + TerminalText.escape(version) + "' is not a goready version", "name a release, e.g. goready self update 0.2.0");
    }
  }

  /** The bundle in downloads/, verified; a download cut off resumes on the next run, a wrong one is deleted. */
  private Path download(URI url, BundleName bundle, String expected) {
    Path part = downloads.resolve(bundle.filename() + ".part");
    LocalIo.run(downloads, () -> Files.createDirectories(downloads));
    String actual = DownloadRestartedException.retrying(url, reporter::notice, () -> fetchVerified(url, bundle, part, expected));
    audit.append("verify", bundle.filename(), AuditEntry.OK, Map.of("url", url.toString(), "algorithm", "sha256", "actual", actual));
    requiredSigner.ifPresent(signer -> verifySignature(signer.apply(bundle.version()), part, url, bundle));
    return part;
  }

  /** One try at the bundle: its SHA-256 once it matched; a download that must start over is DownloadRestartedException. */
  private String fetchVerified(URI url, BundleName bundle, Path part, String expected) {
    String actual;
    try (DownloadStream stream = fetcher.download(url, part, -1, reporter.progress(bundle.filename()))) {
      stream.transferTo(OutputStream.nullOutputStream());
      actual = stream.sha256Hex();
      try {
        Sha256.requireMatch(url.toString(), expected, actual);
      } catch (GoreadyException mismatch) {
        Files.deleteIfExists(part);
        Files.deleteIfExists(part.resolveSibling(part.getFileName() + ".json"));
        audit.append("verify", bundle.filename(), AuditEntry.FAIL, Map.of("url", url.toString(), "expected", expected, "actual", actual));
        throw mismatch;
      }
      stream.forgetResumeState();
    } catch (IOException e) {
      throw LocalIo.failure(part, e);
    }
    return actual;
  }

  private void verifySignature(SigstoreCheck check, Path archive, URI url, BundleName bundle) {
    CheckResult result = check.fetchAndVerify(archive, URI.create(url + ".sigstore.json"), fetcher::fetchBytes);
    reporter.notice("sigstore " + result.status().id() + ": " + result.reason());
    audit.appendCheck(bundle.filename(), result, Map.of());
    if (result.status() != CheckResult.Status.OK) {
      LocalIo.run(archive, () -> Files.deleteIfExists(archive));
      throw new GoreadyException(ExitCode.INTEGRITY, bundle.filename() + ": required check sigstore " + result.status().id() + ": " + result.reason(),
          "nothing was switched; the policy (--require / GOREADY_REQUIRE) demands a Sigstore signature from goready's release workflow");
    }
  }

  private Path unpack(Path archive, BundleName bundle, Path staging) {
    Path into = staging.resolve(bundle.version());
    try {
      LocalIo.run(into, () -> Files.createDirectories(into));
      BundleUnpacker.unpack(archive, bundle.filename(), into, bundle.topFolder(), ExtractionLimits.DEFAULT);
    } catch (UnsafeArchiveException e) {
      LocalIo.run(archive, () -> Files.deleteIfExists(archive));
      throw e;
    } catch (IOException e) {
      LocalIo.run(archive, () -> Files.deleteIfExists(archive));
      throw new GoreadyException(ExitCode.INTEGRITY, bundle.filename() + " matched its digest but cannot be unpacked: " + e.getMessage(),
          "the release itself is broken; try another version (goready self update VERSION)");
    }
    return into;
  }

  /** A bundle that does not start here (a wrong platform, a broken runtime) is never made current. */
  private void smokeTest(Path unpacked, BundleName bundle) {
    Path launcher = unpacked.resolve("bin").resolve(bundle.windows() ? "goready.cmd" : "goready");
    Path java = unpacked.resolve("runtime").resolve("bin").resolve(bundle.windows() ? "java.exe" : "java");
    if (!Files.isRegularFile(launcher) || !Files.isRegularFile(java)) {
      throw new GoreadyException(ExitCode.INTEGRITY, bundle.filename() + " is not a goready bundle (no " + bundle.topFolder() + "/bin/" + launcher.getFileName() + " and runtime)",
          "nothing was switched; the release at GOREADY_SELF_URL is not goready's");
    }
    List<String> argv = bundle.windows() ? List.of("cmd.exe", "/c", launcher.toString(), "--version") : List.of(launcher.toString(), "--version");
    CommandResult ran = host.run(argv, SMOKE_TEST);
    if (!ran.succeeded()) {
      String said = ran.stderrText().lines().findFirst().orElse(ran.timedOut() ? "it did not answer in " + SMOKE_TEST.toSeconds() + " s" : "exit " + ran.exit());
      throw new GoreadyException(ExitCode.LOCAL, "goready " + bundle.version() + " does not start here: " + TerminalText.escape(said),
          "nothing was switched; the goready you ran is still current");
    }
  }
}
