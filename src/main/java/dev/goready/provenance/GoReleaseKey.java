package dev.goready.provenance;

import dev.goready.verify.OpenPgpVerifier;
import java.io.IOException;
import java.io.InputStream;

/** Google's Linux package signing key, which signs the .asc files beside go.dev's release archives. */
public final class GoReleaseKey {
  public static final String FINGERPRINT = "EB4C1BFD4F042F6DDDCCEC917721F63BD38B4796";
  private static final String RESOURCE = "google-linux-signing-key.asc";

  private GoReleaseKey() {}

  /** The copy of Google's key shipped in the jar. */
  public static OpenPgpVerifier shipped() throws IOException {
    try (InputStream key = GoReleaseKey.class.getResourceAsStream(RESOURCE)) {
      return OpenPgpVerifier.pinned(key, FINGERPRINT).orElseThrow(() -> new IOException("the jar's copy of Google's key is damaged"));
    }
  }
}
