package dev.goready.install;

import dev.goready.fetch.ReleaseSource;
import dev.goready.release.Release;
import dev.goready.release.ReleaseFile;
import dev.goready.release.VersionResolver;
import dev.goready.verify.CheckResult;
import dev.goready.verify.Method;
import dev.goready.verify.Policy;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** install --msi: fetch and verify the MSI like any archive, then hand it to Windows Installer. */
public final class MsiSource implements ToolchainSource {
  private final Installer fetching;
  private final ReleaseSource releases;
  private final MsiInstaller msiexec;
  private final Policy policy;

  /** {@code fetching} downloads and checks the MSI by SHA-256; it activates nothing. */
  public MsiSource(Installer fetching, ReleaseSource releases, MsiInstaller msiexec, Policy policy) {
    this.fetching = fetching;
    this.releases = releases;
    this.msiexec = msiexec;
    this.policy = policy;
  }

  @Override
  public InstallOutcome install(InstallRequest request) {
    // The MSI is checked by SHA-256 and Authenticode; a policy demanding more cannot be met.
    policy.enforce("--msi", List.of(CheckResult.ok(Method.SHA256, "checked before msiexec runs", Map.of())));
    msiexec.requireWindows();
    Release release = VersionResolver.resolve(releases.index(), request.selector(), request.allowPrerelease());
    ReleaseFile file = MsiInstaller.msiFile(release, request.platform());
    Path msi = fetching.fetchVerified(release, file);
    msiexec.run(msi, release.version());
    return new InstallOutcome.MachineWide(release.version(), file.filename());
  }
}
