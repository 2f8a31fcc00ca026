package dev.goready.install;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.LocalIo;
import dev.goready.audit.AuditEntry;
import dev.goready.audit.AuditLog;
import dev.goready.fetch.DownloadRestartedException;
import dev.goready.fetch.DownloadStream;
import dev.goready.fetch.ReadAheadInputStream;
import dev.goready.fetch.ReleaseSource;
import dev.goready.provenance.ReleaseChecks;
import dev.goready.release.Platform;
import dev.goready.release.ToolchainModule;
import dev.goready.release.Release;
import dev.goready.release.ReleaseFile;
import dev.goready.release.Selector;
import dev.goready.release.VersionResolver;
import dev.goready.verify.CheckResult;
import dev.goready.verify.ChecksumMismatchException;
import dev.goready.verify.Method;
import dev.goready.verify.Policy;
import dev.goready.verify.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Puts a toolchain in the store: resolve, download while extracting into staging, verify, and only
 * then rename staging into toolchains/ and switch current. Nothing becomes visible before its digest
 * matched; a failure at any step leaves the previously active toolchain as it was.
 */
public final class Installer implements ToolchainSource {
  private static final int READ_AHEAD_CHUNK = 1 << 18;
  private static final int READ_AHEAD_DEPTH = 32;

  private final InstallKit kit;
  private final ToolchainStore store;
  private final ReleaseSource source;
  private final AuditLog audit;
  private final InstallReporter reporter;
  private final ReleaseChecks extraChecks;

  public Installer(InstallKit kit, ReleaseSource source, ReleaseChecks extraChecks) {
    this.kit = kit;
    this.store = kit.store();
    this.source = source;
    this.audit = kit.audit();
    this.reporter = kit.reporter();
    this.extraChecks = extraChecks;
  }

  /** Must be called under the store lock, after {@link Activation#recover()}. */
  @Override
  public InstallOutcome install(InstallRequest request) {
    ResolvedFile resolved = resolve(request);
    String version = resolved.version();
    Optional<InstallOutcome> present = kit.alreadyInstalled(version, request.makeCurrent());
    if (present.isPresent()) {
      return present.get();
    }
    refuseWhatCannotPass(resolved.file());
    ArchiveCache cache = new ArchiveCache(store.downloads());
    try (Staging staging = Staging.create(store)) {
      Fetched fetched = fetchInto(resolved, cache, staging);
      boolean windows = resolved.file().os().equals("windows");
      staging.requireGoBinary(windows, resolved.file().filename(), "this is not a Go toolchain archive; check --download-url");
      enforcePolicy(resolved, cache.archive(resolved.file().filename()));
      return kit.commit(staging, request.makeCurrent(), version, Map.of("archive", resolved.file().filename()), resolved.file().filename(), fetched.sha256(), fetched.fromCache());
    }
  }

  /** A required checksum database check on a release before go1.21.0 cannot pass: said before downloading anything. */
  private void refuseWhatCannotPass(ReleaseFile file) {
    new ToolchainModule(file.version(), new Platform(file.os(), file.arch())).absence()
        .ifPresent(absent -> kit.policy().enforceEarly(file.filename(), CheckResult.unavailable(Method.SUMDB, absent)));
  }

  /**
   * Runs the checks the policy requires beyond SHA-256 (which {@link #verify} did) and logs each;
   * any required one that is not ok stops the install before anything is activated.
   */
  private void enforcePolicy(ResolvedFile resolved, Path archive) {
    Policy policy = kit.policy();
    if (policy.required().isEmpty()) {
      return;
    }
    ReleaseFile file = resolved.file();
    List<CheckResult> results = new ArrayList<>();
    results.add(file.expectedSha256().isPresent()
        ? CheckResult.ok(Method.SHA256, "matches the release index", Map.of("sha256", file.sha256()))
        : CheckResult.unavailable(Method.SHA256, "the index lists no SHA-256 for " + file.filename()));
    Set<Method> others = EnumSet.copyOf(policy.required());
    others.remove(Method.SHA256);
    for (CheckResult result : extraChecks.run(others, file, archive, resolved.url())) {
      audit.appendCheck(file.filename(), result, Map.of());
      results.add(result);
    }
    // The check that stops the install is said once, by the failure; the others as notices.
    Optional<CheckResult> refused = policy.firstRefused(results);
    results.stream().filter(r -> r.method() != Method.SHA256 && refused.map(x -> x != r).orElse(true))
        .forEach(r -> reporter.notice(r.method().id() + " " + r.status().id() + ": " + r.reason()));
    policy.enforce(file.filename(), results);
  }

  /**
   * Downloads and verifies one file without unpacking it (the Windows MSI), and returns the
   * verified copy in downloads/. Call under the store lock.
   */
  public Path fetchVerified(Release release, ReleaseFile file) {
    requireDigest(file, false);
    ArchiveCache cache = new ArchiveCache(store.downloads());
    LocalIo.run(store.downloads(), () -> Files.createDirectories(store.downloads()));
    Optional<Path> cached = LocalIo.run(store.downloads(), () -> cache.verified(file));
    if (cached.isEmpty()) {
      download(new ResolvedFile(release.version(), file, source.archiveUrl(file.filename()), Optional.empty()), null, cache, null);
    }
    return cache.archive(file.filename());
  }

  private static void requireDigest(ReleaseFile file, boolean allowUnverified) {
    if (file.expectedSha256().isEmpty() && !allowUnverified) {
      throw new GoreadyException(
          ExitCode.INTEGRITY,
          "the index lists no SHA-256 for " + file.filename() + ", so it cannot be verified",
          "install a newer release, or pass --allow-unverified to accept it without verification (logged)");
    }
  }

  /** The file to install and, if the cache already holds it verified, where. */
  private record ResolvedFile(String version, ReleaseFile file, URI url, Optional<Path> cached) {}

  private record Fetched(String sha256, boolean fromCache) {}

  /**
   * The release and file to install. An exact version whose archive is already verified in the
   * cache needs no network at all, not even the index.
   */
  private ResolvedFile resolve(InstallRequest request) {
    Platform platform = request.platform();
    if (request.selector() instanceof Selector.Exact exact) {
      String filename = exact.version() + "." + platform.goos() + "-" + platform.goarch() + platform.archiveExtension();
      ArchiveCache cache = new ArchiveCache(store.downloads());
      Optional<String> digest = LocalIo.run(store.downloads(), () -> cache.recordedDigest(filename));
      if (digest.isPresent()) {
        ReleaseFile file = new ReleaseFile(filename, platform.goos(), platform.goarch(), exact.version().toString(), digest.get(), -1, "archive");
        Optional<Path> cached = LocalIo.run(store.downloads(), () -> cache.verified(file));
        if (cached.isPresent()) {
          return new ResolvedFile(exact.version().toString(), file, source.archiveUrl(filename), cached);
        }
      }
    }
    Release release = VersionResolver.resolve(source.index(), request.selector(), request.allowPrerelease());
    ReleaseFile file =
        release.archiveFor(platform)
            .orElseThrow(
                () ->
                    new GoreadyException(
                        ExitCode.USAGE,
                        release.version() + " has no " + platform.archiveExtension() + " archive for " + platform,
                        "platforms with archives: " + String.join(", ", release.archivePlatforms()) + " (choose with --os and --arch)"));
    requireDigest(file, request.allowUnverified());
    Optional<Path> cached = LocalIo.run(store.downloads(), () -> new ArchiveCache(store.downloads()).verified(file));
    return new ResolvedFile(release.version(), file, source.archiveUrl(file.filename()), cached);
  }

  private Fetched fetchInto(ResolvedFile resolved, ArchiveCache cache, Staging staging) {
    ReleaseFile file = resolved.file();
    ArchiveFormat format = ArchiveFormat.forFilename(file.filename());
    Optional<Path> cached = resolved.cached();
    if (cached.isPresent()) {
      reporter.notice("using verified " + cached.get());
      extractLocal(format, cached.get(), staging.dir(), file.filename());
      audit.append("verify", file.filename(), AuditEntry.OK, Map.of("sha256", file.sha256(), "source", "cache"));
      return new Fetched(file.sha256().toLowerCase(java.util.Locale.ROOT), true);
    }
    return DownloadRestartedException.retrying(resolved.url(), reason -> {
      reporter.notice(reason);
      staging.reset();
    }, () -> download(resolved, format, cache, staging.dir()));
  }

  private Fetched download(ResolvedFile resolved, ArchiveFormat format, ArchiveCache cache, Path staging) {
    ReleaseFile file = resolved.file();
    String url = resolved.url().toString();
    DownloadStream download;
    try {
      download = kit.fetcher().download(resolved.url(), cache.part(file.filename()), file.size(), reporter.progress(file.filename()));
    } catch (IOException e) {
      throw LocalIo.failure(cache.part(file.filename()), e);
    } catch (GoreadyException e) {
      recordFailure(null, file.filename(), url, e);
      throw e;
    }
    try (download) {
      RuntimeException extractionFailure = null;
      try (InputStream ahead = new ReadAheadInputStream(download, READ_AHEAD_CHUNK, READ_AHEAD_DEPTH)) {
        try {
          if (format != null && format.streams()) {
            format.extract(ahead, null, new StagingWriter(staging, file.filename(), kit.limits()));
          }
        } catch (GoreadyException | DownloadRestartedException e) {
          extractionFailure = e;
        } catch (IOException e) {
          extractionFailure = corrupt(url, e);
        }
        // The digest must cover every byte, including what follows the tar's end marker, and a
        // corrupt or unsafe archive is first checked against the index: a mismatch is the real story.
        drain(ahead, extractionFailure);
      }
      String actual = download.sha256Hex();
      audit.append("download", file.filename(), AuditEntry.OK, Map.of("url", download.finalUri().toString(), "size", download.length(), "sha256", actual));
      verify(file, url, actual, download.part());
      if (extractionFailure != null) {
        throw extractionFailure;
      }
      if (format != null && !format.streams()) {
        extractLocal(format, download.part(), staging, file.filename());
      }
      download.forgetResumeState();
      cache.keep(download.part(), file.filename(), actual);
      return new Fetched(actual, false);
    } catch (IOException e) {
      throw LocalIo.failure(cache.part(file.filename()), e);
    } catch (GoreadyException e) {
      recordFailure(download, file.filename(), url, e);
      throw e;
    }
  }

  /**
   * Logs a failed download or extraction (a digest mismatch was logged by {@link #verify}) and drops
   * the .part unless the failure was the network's: then the next run resumes where this one stopped.
   */
  private void recordFailure(DownloadStream download, String filename, String url, GoreadyException e) {
    if (e.exitCode() != ExitCode.NETWORK) {
      discard(download);
    }
    if (e instanceof ChecksumMismatchException) {
      return;
    }
    try {
      String action = e instanceof UnsafeArchiveException ? "extract" : "download";
      audit.append(action, filename, AuditEntry.FAIL, Map.of("url", url, "error", e.getMessage()));
    } catch (GoreadyException auditFailure) {
      e.addSuppressed(auditFailure); // a full disk can fail the log too; the first failure is the one to report
    }
  }

  private void drain(InputStream ahead, RuntimeException extractionFailure) throws IOException {
    try {
      ahead.transferTo(OutputStream.nullOutputStream());
    } catch (GoreadyException | DownloadRestartedException | IOException e) {
      if (extractionFailure != null) {
        throw extractionFailure; // the download itself failed too; the first failure explains more
      }
      throw e;
    }
  }

  /** SHA-256 against the index; a mismatch deletes the download and is logged before it is reported. */
  private void verify(ReleaseFile file, String url, String actual, Path part) throws IOException {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("url", url);
    details.put("algorithm", "sha256");
    details.put("actual", actual);
    if (file.expectedSha256().isEmpty()) {
      reporter.warning(file.filename() + " was NOT verified: the index has no SHA-256 for it (--allow-unverified)");
      audit.append("verify-skipped", file.filename(), AuditEntry.OK, details);
      return;
    }
    details.put("expected", file.expectedSha256().get().toLowerCase(java.util.Locale.ROOT));
    try {
      Sha256.requireMatch(url, file.expectedSha256().get(), actual);
    } catch (ChecksumMismatchException e) {
      Files.deleteIfExists(part);
      Files.deleteIfExists(part.resolveSibling(part.getFileName() + ".json"));
      audit.append("verify", file.filename(), AuditEntry.FAIL, details);
      throw e;
    }
    audit.append("verify", file.filename(), AuditEntry.OK, details);
  }

  private void extractLocal(ArchiveFormat format, Path archive, Path staging, String name) {
    try (InputStream in = Files.newInputStream(archive)) {
      format.extract(in, archive, new StagingWriter(staging, name, kit.limits()));
    } catch (IOException e) {
      throw corrupt(archive.toString(), e);
    }
  }

  private static GoreadyException corrupt(String where, IOException e) {
    return new GoreadyException(
        ExitCode.INTEGRITY,
        "archive " + where + " is corrupt: " + e.getMessage(),
        "nothing was installed; the file does not unpack, try again or use another mirror");
  }

  private static void discard(DownloadStream download) {
    if (download == null) {
      return;
    }
    try {
      download.close();
      Files.deleteIfExists(download.part());
      download.forgetResumeState();
    } catch (IOException ignored) {
      // the failure being reported matters more than a leftover .part, which the next run replaces
    }
  }
}
