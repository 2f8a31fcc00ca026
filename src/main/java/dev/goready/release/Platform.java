package dev.goready.release;

/** A GOOS/GOARCH pair, as the release index names them ("linux"/"amd64", "linux"/"armv6l"). */
public record Platform(String goos, String goarch) {

  /** Windows gets the .zip (user-level, no admin rights); everything else the .tar.gz. */
  public String archiveExtension() {
    return goos.equals("windows") ? ".zip" : ".tar.gz";
  }

  @Override
  public String toString() {
    return goos + "/" + goarch;
  }
}
