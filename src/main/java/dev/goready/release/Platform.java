package dev.goready.release;

import dev.goready.host.Host;
import dev.goready.host.NativeArchitecture;

/** A GOOS/GOARCH pair, as the release index names them ("linux"/"amd64", "linux"/"armv6l"). */
public record Platform(String goos, String goarch) {

  /** The host's own platform, with the native (not the emulated) architecture. */
  public static Platform of(Host host) {
    return new Platform(host.os().goos(), NativeArchitecture.detect(host));
  }

  /** Windows gets the .zip (user-level, no admin rights); everything else the .tar.gz. */
  public String archiveExtension() {
    return goos.equals("windows") ? ".zip" : ".tar.gz";
  }

  @Override
  public String toString() {
    return goos + "/" + goarch;
  }
}
