package dev.goready.doctor.checks;

import java.net.URI;

/**
 * One URL net.reach asks, and what it stands for: {@code role} is the setting ("GOPROXY", "GOSUMDB")
 * and {@code shown} the server as the user wrote it, without credentials.
 */
record ReachTarget(String role, String shown, URI uri) {
  String host() {
    return uri.getHost();
  }

  boolean sumdb() {
    return role.equals("GOSUMDB");
  }
}
