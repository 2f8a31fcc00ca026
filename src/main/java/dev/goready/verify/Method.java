package dev.goready.verify;

import java.util.Locale;

/** The independent checks goready knows for a Go release, by the names --require and GOREADY_REQUIRE use. */
public enum Method {
  SHA256("SHA-256 against the release index"),
  SUMDB("Go checksum database (transparency log)"),
  PGP("OpenPGP signature by Google's release key"),
  SIGSTORE("Sigstore bundle");

  private final String description;

  Method(String description) {
    this.description = description;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String description() {
    return description;
  }
}
