package dev.goready.cli;

import dev.goready.ExitCode;
import dev.goready.fetch.Fetcher;
import dev.goready.fetch.ReleaseSource;
import dev.goready.install.MsiInstaller;
import dev.goready.provenance.ReleaseChecks;
import dev.goready.release.Platform;
import dev.goready.release.Selector;
import dev.goready.release.VersionResolver;
import dev.goready.verify.Policy;
import java.nio.file.Path;

/** install --msi: fetch and verify the MSI like any archive, then hand it to Windows Installer. */
final class MsiInstall {
  private final Services services;
  private final Fetcher fetcher;
  private final ReleaseSource releases;

  MsiInstall(Services services, Fetcher fetcher, ReleaseSource releases) {
    this.services = services;
    this.fetcher = fetcher;
    this.releases = releases;
  }

  int run(Selector selector, Platform platform, boolean pre, Context context) throws Exception {
    MsiInstaller msiexec = new MsiInstaller(context.host(), services.audit());
    msiexec.requireWindows();
    var release = VersionResolver.resolve(releases.index(), selector, pre);
    var file = MsiInstaller.msiFile(release, platform);
    services.locked(activation -> {
      Path msi = services.installer(fetcher, releases, false, Policy.NONE, ReleaseChecks.NONE).fetchVerified(release, file);
      msiexec.run(msi, release.version());
      return null;
    });
    context.out().println("installed " + release.version() + " machine-wide with " + file.filename());
    return ExitCode.OK.code();
  }
}
