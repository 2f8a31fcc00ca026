package dev.goready.cli;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.host.Host;
import dev.goready.host.OsFamily;
import dev.goready.release.Platform;
import picocli.CommandLine.Option;

/** --os and --arch: override the detected platform (the native one, even under emulation). */
final class PlatformOptions {
  @Option(names = "--os", paramLabel = "GOOS", description = "Target OS (linux, windows, darwin); default: this machine's.")
  String os;

  @Option(names = "--arch", paramLabel = "GOARCH", description = "Target architecture (amd64, arm64, 386, armv6l…); default: this machine's native one.")
  String arch;

  Platform resolve(Host host) {
    Platform detected = new Platform(host.os().goos(), host.nativeGoarch());
    String goos = os == null ? detected.goos() : goos(os);
    return new Platform(goos, arch == null ? detected.goarch() : arch);
  }

  private static String goos(String name) {
    try {
      return OsFamily.fromGoos(name).goos();
    } catch (IllegalArgumentException e) {
      throw new GoreadyException(ExitCode.USAGE, "--os " + name + ": unknown operating system", "use linux, windows or darwin");
    }
  }
}
