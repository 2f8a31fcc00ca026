package dev.goready.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.testing.ArchiveBuilder;
import dev.goready.testing.FaultyServer;
import dev.goready.testing.GoreadyProcess;
import dev.goready.testing.IndexBuilder;
import dev.goready.testing.TestPgpKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar through the real launcher carries everything OpenPGP and Sigstore checks load
 * (BouncyCastle, sigstore-java and the parts of its dependencies goready keeps), and prints no JVM
 * warnings on the way.
 */
class ProvenanceIT {
  @TempDir Path temp;

  @Test
  void signatureChecksRunFromTheLauncher() throws Exception {
    byte[] archive = ArchiveBuilder.goToolchain("go1.22.5", "linux", "amd64").tarGz();
    TestPgpKeys stranger = TestPgpKeys.primary("Mallory <m@example.com>", Duration.ofDays(2));
    var key = stranger.addSigningSubkey(Duration.ofDays(1), Duration.ZERO);
    try (FaultyServer server = new FaultyServer()) {
      server.serve("/index.json", new IndexBuilder().archive("go1.22.5", "linux", "amd64", archive).bytes())
          .serve("/dl/go1.22.5.linux-amd64.tar.gz.asc", TestPgpKeys.sign(key, archive, Duration.ZERO));
      Path file = Files.write(temp.resolve("go1.22.5.linux-amd64.tar.gz"), archive);
      Path bundle = Path.of(ProvenanceIT.class.getResource("/sigstore/bundle.v3_1.sigstore").toURI());
      Map<String, String> env = Map.of(
          "GOREADY_HOME", temp.resolve("home").toString(),
          "GOREADY_INDEX", server.url("/index.json").toString(),
          "GOREADY_DOWNLOAD_URL", server.url("/dl").toString());
      GoreadyProcess.Result result = GoreadyProcess.finish(GoreadyProcess.start(List.of(GoreadyProcess.REPO.resolve("goready").toString(),
          "verify", file.toString(), "--asc", "--bundle", bundle.toString(),
          "--certificate-identity", "appu@google.com", "--certificate-oidc-issuer", "https://accounts.google.com"), env), 120);
      assertThat(result.exit()).as(result.toString()).isEqualTo(4);
      assertThat(result.out()).containsPattern("sha256 +ok").containsPattern("pgp +fail +signed by key").containsPattern("sigstore +fail");
      assertThat(result.err()).doesNotContain("WARNING", "Exception", "NoClassDefFound");
    }
  }
}
