package dev.goready.install;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.LocalIo;
import dev.goready.audit.AuditEntry;
import dev.goready.fetch.DownloadRestartedException;
import dev.goready.fetch.DownloadStream;
import dev.goready.modproxy.GoProxyList;
import dev.goready.provenance.ToolchainSums;
import dev.goready.release.GoVersion;
import dev.goready.release.Release;
import dev.goready.release.ReleaseIndex;
import dev.goready.release.Selector;
import dev.goready.release.ToolchainModule;
import dev.goready.release.VersionResolver;
import dev.goready.verify.CheckResult;
import dev.goready.verify.Method;
import dev.goready.verify.ModuleHash;
import dev.goready.verify.sumdb.ChecksumDatabase;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Installs a toolchain the way GOTOOLCHAIN fetches one: the module golang.org/toolchain from the
 * GOPROXY list, unpacked into private staging while its h1: hash is computed, that hash proven
 * against the checksum database before anything unpacked is used, and the toolchain renamed into
 * place (with what module zips cannot carry restored: exec bits and nested go.mod files).
 */
public final class ProxyInstaller implements ToolchainSource {
  /** cmd/go's limit for a module zip (golang.org/x/mod/zip MaxZipFile). */
  private static final long MAX_MODULE_ZIP = 500L << 20;

  private final InstallKit kit;
  private final ToolchainStore store;
  private final GoProxyList proxies;
  private final ChecksumDatabase sumdb;
  private final InstallReporter reporter;

  public ProxyInstaller(InstallKit kit, GoProxyList proxies, ChecksumDatabase sumdb) {
    this.kit = kit;
    this.store = kit.store();
    this.proxies = proxies;
    this.sumdb = sumdb;
    this.reporter = kit.reporter();
  }

  /** Must be called under the store lock, after {@link Activation#recover()}. */
  @Override
  public InstallOutcome install(InstallRequest request) {
    ToolchainModule module = new ToolchainModule(resolve(request).toString(), request.platform());
    String version = module.goVersion();
    Optional<InstallOutcome> present = kit.alreadyInstalled(version, request.makeCurrent());
    if (present.isPresent()) {
      return present.get();
    }
    try (Staging staging = Staging.create(store)) {
      Path zip = download(module);
      // Unpacked into the private staging folder while it is hashed (one pass over 500 MB instead
      // of two); nothing there is used, and it is deleted, unless the database vouches for the hash.
      String actual = unpackHashing(zip, module, staging);
      CheckResult sums = ToolchainSums.check(sumdb, module, actual);
      kit.audit().appendCheck(module.version() + ".zip", sums, Map.of());
      if (sums.status() == CheckResult.Status.FAIL) {
        LocalIo.run(zip, () -> Files.deleteIfExists(zip));
      }
      if (sums.status() != CheckResult.Status.OK) {
        throw new GoreadyException(sums.status() == CheckResult.Status.FAIL ? ExitCode.INTEGRITY : ExitCode.NETWORK,
            ToolchainModule.PATH + "@" + module.version() + " not verified: " + sums.reason(),
            sums.evidence().containsKey("seenTree")
                ? "nothing was installed; report both signed heads (also in the audit log):\n" + sums.evidence().get("seenTree") + sums.evidence().get("currentTree")
                : "nothing was installed; the checksum database must vouch for every toolchain (check GOSUMDB and GOPROXY)");
      }
      reporter.notice("verified " + module.version() + " against " + sumdb.name() + " (" + sums.reason() + ")");
      kit.policy().enforce(module.version() + ".zip", List.of(sums, CheckResult.unavailable(Method.SHA256, "a module zip has no SHA-256 in the release index (use the default --source index)"),
          CheckResult.unavailable(Method.PGP, "go.dev signs its .tar.gz archives, not module zips"),
          CheckResult.unavailable(Method.SIGSTORE, "no Sigstore bundle is published for module zips")));
      staging.requireGoBinary(module.platform().goos().equals("windows"), module.version() + ".zip", "the proxy serves something that is not a Go toolchain");
      return kit.commit(staging, request.makeCurrent(), version, Map.of("module", ToolchainModule.PATH + "@" + module.version(), "h1", actual), module.version() + ".zip", actual, false);
    }
  }

  private String unpackHashing(Path zip, ToolchainModule module, Staging staging) {
    StagingWriter staged = new StagingWriter(staging.dir(), zip.getFileName().toString(), kit.limits(), module.zipFolders());
    try (BackgroundWriter writer = new BackgroundWriter(staged, BackgroundWriter.DEFAULT_BUFFER)) {
      String h1 = ModuleHash.ofModuleZip(zip, module.zipPrefix(), (name, content) -> {
        String relative = name.substring(module.zipPrefix().length());
        if (name.endsWith("/")) {
          writer.directory(name);
        } else {
          writer.file(module.zipPrefix() + goRootName(relative), content, executable(relative) ? 0755 : 0644);
        }
      });
      writer.finish();
      return h1;
    } catch (GoreadyException e) {
      if (e.exitCode() == ExitCode.INTEGRITY) {
        LocalIo.run(zip, () -> Files.deleteIfExists(zip)); // a bad zip is not worth keeping; a full disk is not its fault
      }
      throw e;
    } catch (IOException e) {
      LocalIo.run(zip, () -> Files.deleteIfExists(zip));
      throw new GoreadyException(ExitCode.INTEGRITY, module.version() + ".zip from the proxy is not a readable zip: " + e.getMessage(),
          "nothing was installed; try again, or another GOPROXY");
    }
  }

  /** An exact version needs no listing; anything else is chosen from the proxy's @v/list. */
  private GoVersion resolve(InstallRequest request) {
    if (request.selector() instanceof Selector.Exact exact) {
      return exact.version();
    }
    String listing = proxies.tryEach("list " + ToolchainModule.PATH, entry -> kit.fetcher().fetchText(proxyUri(entry, "/" + ToolchainModule.PATH + "/@v/list"), "toolchain list"));
    List<Release> releases = listing.lines()
        .map(line -> ToolchainModule.parseListed(line, request.platform()))
        .flatMap(Optional::stream)
        .distinct()
        .sorted(Comparator.reverseOrder())
        .map(v -> new Release(v.toString(), v, v.isStable(), List.of()))
        .toList();
    return VersionResolver.resolve(new ReleaseIndex(releases), request.selector(), request.allowPrerelease()).parsed();
  }

  /** The module zip in downloads/, from the first proxy that has it; a zip kept from an earlier run is re-verified, not trusted. */
  private Path download(ToolchainModule module) {
    Path zip = store.downloads().resolve(module.version() + ".zip");
    if (Files.isRegularFile(zip)) {
      reporter.notice("re-verifying " + zip);
      return zip;
    }
    Path part = store.downloads().resolve(module.version() + ".zip.part");
    return proxies.tryEach("download " + ToolchainModule.PATH + "@" + module.version(), entry -> {
      URI uri = proxyUri(entry, module.proxyPath(".zip"));
      if ("file".equalsIgnoreCase(uri.getScheme())) {
        kit.fetcher().copyLocal(uri, part, "module zip");
      } else {
        fetch(uri, part, module);
      }
      return LocalIo.run(zip, () -> Files.move(part, zip, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING));
    });
  }

  /** Downloads with resume; a zip past cmd/go's 500 MiB limit for module zips is refused before it fills the disk. */
  private void fetch(URI uri, Path part, ToolchainModule module) {
    DownloadRestartedException.retrying(uri, reporter::notice, () -> fetchOnce(uri, part, module));
  }

  private Void fetchOnce(URI uri, Path part, ToolchainModule module) {
    try (DownloadStream stream = kit.fetcher().download(uri, part, -1, reporter.progress(module.version() + ".zip"))) {
      byte[] buffer = new byte[1 << 16];
      long total = 0;
      for (int n; (n = stream.read(buffer)) > 0; ) {
        total += n;
        if (total > MAX_MODULE_ZIP) {
          stream.close();
          Files.deleteIfExists(part);
          stream.forgetResumeState();
          throw new GoreadyException(ExitCode.INTEGRITY, uri + " sends more than " + (MAX_MODULE_ZIP >> 20) + " MiB, more than cmd/go accepts for a module zip",
              "the proxy serves something else; try another GOPROXY");
        }
      }
      kit.audit().append("download", module.version() + ".zip", AuditEntry.OK, Map.of("url", stream.finalUri().toString(), "size", stream.length(), "sha256", stream.sha256Hex()));
      stream.forgetResumeState();
      return null;
    } catch (IOException e) {
      throw LocalIo.failure(part, e);
    }
  }

  private static URI proxyUri(GoProxyList.Entry entry, String path) {
    return URI.create((entry.isDirect() ? ToolchainModule.DIRECT_PROXY : entry.url()) + path);
  }

  /**
   * A module zip may hold no nested go.mod, so cmd/distpack stores each as _go.mod; cmd/go renames
   * them back when it first runs a toolchain, and so does goready, as it unpacks.
   */
  private static String goRootName(String relative) {
    return relative.equals("_go.mod") || relative.endsWith("/_go.mod") ? relative.substring(0, relative.length() - "_go.mod".length()) + "go.mod" : relative;
  }

  /** Module zips carry no modes; cmd/go makes bin/ and pkg/tool/ executable, and so does goready. */
  private static boolean executable(String relative) {
    return relative.startsWith("bin/") || relative.startsWith("pkg/tool/");
  }
}
