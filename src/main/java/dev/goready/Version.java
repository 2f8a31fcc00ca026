package dev.goready;

/** goready's own version, from the jar manifest (written by the build). */
public final class Version {
  private Version() {}

  public static String current() {
    String fromManifest = Version.class.getPackage().getImplementationVersion();
    return fromManifest == null ? "dev" : fromManifest;
  }
}
