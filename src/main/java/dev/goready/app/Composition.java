package dev.goready.app;

import dev.goready.TerminalText;
import dev.goready.audit.AuditLog;
import dev.goready.config.Setting;
import dev.goready.config.Settings;
import dev.goready.fetch.FetchOptions;
import dev.goready.fetch.Fetcher;
import dev.goready.fetch.Progress;
import dev.goready.fetch.ProxySettings;
import dev.goready.fetch.Reachability;
import dev.goready.fetch.ReleaseSource;
import dev.goready.fetch.ServerCredentials;
import dev.goready.fetch.SourceUrl;
import dev.goready.fetch.TerminalProgress;
import dev.goready.fetch.TrustStores;
import dev.goready.host.Host;
import dev.goready.install.Activation;
import dev.goready.install.CurrentLink;
import dev.goready.install.ExtractionLimits;
import dev.goready.install.InstallKit;
import dev.goready.install.InstallReporter;
import dev.goready.install.Installer;
import dev.goready.install.JunctionCurrentLink;
import dev.goready.install.MsiInstaller;
import dev.goready.install.MsiSource;
import dev.goready.install.ProxyInstaller;
import dev.goready.install.StoreLock;
import dev.goready.install.SymlinkCurrentLink;
import dev.goready.install.ToolchainStore;
import dev.goready.modproxy.GoProxyList;
import dev.goready.provenance.ReleaseChecks;
import dev.goready.provenance.ReleaseVerifier;
import dev.goready.verify.Policy;
import dev.goready.verify.sumdb.ChecksumDatabase;
import dev.goready.verify.sumdb.SumdbConfig;
import dev.goready.verify.sumdb.VerifiedTree;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The composition root: builds every service and the parts they share from the host and the
 * resolved settings. The one place that knows the graph; commands ask it for a service and never
 * assemble parts themselves. Notices go to {@code err} (the user's terminal).
 */
public final class Composition {
  private final Host host;
  private final PrintStream err;
  private final Settings settings;
  private ToolchainStore store;
  private Activation activation;

  public Composition(Host host, PrintStream err) {
    this.host = host;
    this.err = err;
    this.settings = new Settings(host);
  }

  public Host host() {
    return host;
  }

  /** Resolved on first use: a replayed doctor never needs this machine's GOREADY_HOME. */
  public ToolchainStore store() {
    if (store == null) {
      store = new ToolchainStore(settings.home());
    }
    return store;
  }

  public AuditLog audit() {
    return new AuditLog(store().auditLog(), Clock.systemUTC());
  }

  private StoreLock lock() {
    return StoreLock.acquire(store(), this::notice);
  }

  /** A line for the user on stderr, as every command prints them. */
  void notice(String message) {
    err.println("goready: " + message);
  }

  public interface StoreAction<T> {
    T run(Activation activation) throws Exception;
  }

  /** Runs a change to the store under its lock, after cleaning up whatever a crashed run left. */
  public <T> T locked(StoreAction<T> action) throws Exception {
    try (StoreLock lock = lock()) {
      audit().requireWritable();
      Activation activation = activation();
      activation.recover();
      return action.run(activation);
    }
  }

  /** One switch of current for the whole run: the lock's recovery and every install share it. */
  private Activation activation() {
    if (activation == null) {
      CurrentLink link = host.os().windowsConventions() ? new JunctionCurrentLink(host) : new SymlinkCurrentLink();
      activation = new Activation(store(), link, audit());
    }
    return activation;
  }

  public Fetcher fetcher(SourceFlags sources) {
    return fetcher(settings.integer(Setting.RETRIES, sources.retries(), "--retries"));
  }

  /** The installs' client with this many retries: the same proxies, credentials and CA whoever asks. */
  private Fetcher fetcher(int retries) {
    FetchOptions options =
        new FetchOptions(
            retries,
            Duration.ofSeconds(settings.integer(Setting.CONNECT_TIMEOUT, null, null)),
            Duration.ofSeconds(settings.integer(Setting.READ_TIMEOUT, null, null)),
            Duration.ofMillis(500));
    Fetcher fetcher = new Fetcher(
        options,
        ProxySettings.from(host),
        ServerCredentials.from(host, settings.resolve(Setting.GOPROXY).map(Settings.Resolved::value)),
        TrustStores.sslContext(host.os(), settings.resolve(Setting.CA_FILE).map(r -> Path.of(r.value()))));
    fetcher.onRetry(notice -> err.println("goready: " + TerminalText.escape(notice)));
    return fetcher;
  }

  public ReleaseSource releases(Fetcher fetcher, SourceFlags sources) {
    var index = settings.resolve(Setting.INDEX, sources.index(), "--index").orElseThrow();
    var base = settings.resolve(Setting.DOWNLOAD_URL, sources.downloadUrl(), "--download-url").orElseThrow();
    return new ReleaseSource(
        fetcher,
        SourceUrl.parse(index.value(), "release index (" + index.source() + ")", sources.allowHttp()),
        SourceUrl.parse(base.value(), "download URL (" + base.source() + ")", sources.allowHttp()),
        Optional.of(store().downloads().resolve("index.json")));
  }

  Installer installer(Fetcher fetcher, ReleaseSource releases, boolean quiet, Policy policy, ReleaseChecks checks) {
    return new Installer(kit(fetcher, quiet, policy), releases, checks);
  }

  MsiSource msiSource(Fetcher fetcher, ReleaseSource releases, Policy policy) {
    return new MsiSource(installer(fetcher, releases, false, Policy.NONE, ReleaseChecks.NONE), releases, new MsiInstaller(host, audit()), policy);
  }

  ProxyInstaller proxyInstaller(Fetcher fetcher, boolean quiet, Policy policy) {
    return new ProxyInstaller(kit(fetcher, quiet, policy), proxies(), checksumDatabase(fetcher));
  }

  private InstallKit kit(Fetcher fetcher, boolean quiet, Policy policy) {
    return new InstallKit(store(), fetcher, audit(), activation(), reporter(quiet), ExtractionLimits.DEFAULT, policy);
  }

  ReleaseVerifier releaseVerifier(Fetcher fetcher, TrustFlags flags) {
    TrustSettings trust = new TrustSettings(settings, flags);
    return new ReleaseVerifier(() -> checksumDatabase(fetcher), fetcher::fetchBytes, trust.googleKey(), trust.sigstore());
  }

  /** The checks --require (else GOREADY_REQUIRE, else config.json) demands. */
  Policy policy(String requireFlag) {
    return settings.resolve(Setting.REQUIRE, requireFlag, "--require").map(r -> Policy.parse(r.value(), r.source())).orElse(Policy.NONE);
  }

  public InstallService installService() {
    return new InstallService(this);
  }

  public WslService wslService() {
    return new WslService(this);
  }

  public WindowsService windowsService() {
    return new WindowsService(this);
  }

  public GoSettingService goSettingService() {
    return new GoSettingService(this);
  }

  public EnvService envService() {
    return new EnvService(this);
  }

  public DoctorSession doctorSession() {
    return new DoctorSession(host, () -> new Reachability(() -> fetcher(0)));
  }

  public SelfService selfService() {
    return new SelfService(this);
  }

  public PruneService pruneService() {
    return new PruneService(this);
  }

  public ProjectService projectService() {
    return new ProjectService(this);
  }

  public VerifyService verifyService() {
    return new VerifyService(this);
  }

  public Settings settings() {
    return settings;
  }

  GoProxyList proxies() {
    Settings.Resolved goproxy = settings.resolve(Setting.GOPROXY).orElseThrow();
    return GoProxyList.parse(goproxy.value(), goproxy.source());
  }

  ChecksumDatabase checksumDatabase(Fetcher fetcher) {
    Settings.Resolved gosumdb = settings.resolve(Setting.GOSUMDB).orElseThrow();
    return new ChecksumDatabase(SumdbConfig.parse(gosumdb.value(), gosumdb.source()), proxies(), fetcher::fetchBytes,
        settings.home().resolve("sumdb"), VerifiedTree.DEFAULT_HEIGHT);
  }


  InstallReporter reporter(boolean quiet) {
    return new InstallReporter() {
      @Override
      public Progress progress(String label) {
        return !quiet && host.stderrIsTerminal() ? new TerminalProgress(err, label) : Progress.NONE;
      }

      @Override
      public void notice(String message) {
        if (!quiet) {
          err.println("goready: " + message);
        }
      }

      @Override
      public void warning(String message) {
        err.println("goready: WARNING: " + message);
      }
    };
  }
}
