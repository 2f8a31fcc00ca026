package dev.goready;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

/** goready's own version, commit and build time, from the jar manifest (written by the build). */
public final class Version {
  private Version() {}

  public static String current() {
    String fromManifest = Version.class.getPackage().getImplementationVersion();
    return fromManifest == null ? "dev" : fromManifest;
  }

  /** The commit the jar was built from ("unknown" outside a git checkout); empty when not run from the jar. */
  public static Optional<String> commit() {
    return attribute("Git-Commit");
  }

  /** When the jar was built (UTC, ISO 8601); empty when not run from the jar. */
  public static Optional<String> buildTime() {
    return attribute("Build-Time");
  }

  private static Optional<String> attribute(String name) {
    URL self = Version.class.getResource("Version.class");
    if (self == null || !"jar".equals(self.getProtocol())) {
      return Optional.empty();
    }
    try {
      Manifest manifest = ((JarURLConnection) self.openConnection()).getManifest();
      return Optional.ofNullable(manifest == null ? null : manifest.getMainAttributes().getValue(new Attributes.Name(name))).filter(v -> !v.isBlank());
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
