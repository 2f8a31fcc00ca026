package dev.goready.self;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.audit.AuditEntry;
import dev.goready.audit.AuditLog;
import dev.goready.fetch.FetchOptions;
import dev.goready.fetch.Fetcher;
import dev.goready.fetch.Progress;
import dev.goready.fetch.ProxySettings;
import dev.goready.install.InstallReporter;
import dev.goready.install.SymlinkCurrentLink;
import dev.goready.testing.ArchiveBuilder;
import dev.goready.testing.FaultyServer;
import dev.goready.testing.FaultyServer.Fault;
import dev.goready.testing.TestHost;
import dev.goready.verify.Sha256;
import dev.goready.verify.SigstoreJavaCheck;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * self update and rollback against a release server on 127.0.0.1, with small stand-in bundles whose
 * bin/goready is a script (the smoke test really runs it). Whatever fails, the goready that was
 * current stays current, and nothing half-made is left in self/.
 */
class SelfUpdaterTest {
  @TempDir Path temp;
  private FaultyServer server;
  private Fetcher fetcher;
  private SelfHome home;
  private AuditLog audit;
  private final TestHost host = new TestHost();
  private final List<String> notices = new ArrayList<>();
  private String platform;

  @BeforeEach
  void start() throws Exception {
    server = new FaultyServer();
    fetcher = new Fetcher(new FetchOptions(0, Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofMillis(10)), ProxySettings.from(host), Optional.empty());
    home = new SelfHome(temp.resolve("goready"), new SymlinkCurrentLink());
    audit = new AuditLog(temp.resolve("goready/audit.jsonl"), Clock.systemUTC());
    platform = BundleName.platformOf(host);
  }

  @AfterEach
  void stop() {
    fetcher.close();
    server.close();
  }

  @Test
  void installsTheNewestReleaseBesideNothingAndRecordsIt() throws Exception {
    publish("latest/download", "0.9.0");

    SelfUpdater.Outcome outcome = updater().update(Optional.empty());

    assertThat(outcome).isEqualTo(new SelfUpdater.Updated("0.9.0", Optional.empty(), home.version("0.9.0")));
    assertThat(home.active()).hasValue("0.9.0");
    assertThat(home.version("0.9.0").resolve("bin/goready")).isExecutable();
    assertThat(entries()).containsExactlyInAnyOrder("0.9.0", "current");
    assertThat(temp.resolve("downloads")).isEmptyDirectory();
    assertThat(audit.entries()).extracting(AuditEntry::action).containsExactly("verify", "self-update");
    assertThat(audit.verify().ok()).isTrue();
  }

  @Test
  void theCurrentReleaseAgainIsUpToDateWithoutADownload() throws Exception {
    publish("latest/download", "0.9.0");
    updater().update(Optional.empty());

    assertThat(updater().update(Optional.empty())).isInstanceOf(SelfUpdater.UpToDate.class);
    assertThat(server.requestsTo("/releases/latest/download/" + name("0.9.0"))).isEqualTo(1);
  }

  @Test
  void updatesKeepOnePreviousVersionForRollbackAndRollbackSwapsThem() throws Exception {
    for (String v : List.of("0.9.0", "0.9.1", "0.9.2")) {
      publish("download/v" + v, v);
      updater().update(Optional.of(v));
    }
    assertThat(entries()).containsExactlyInAnyOrder("0.9.1", "0.9.2", "current", "previous");

    SelfUpdater.Updated back = updater().rollback();

    assertThat(back).isEqualTo(new SelfUpdater.Updated("0.9.1", Optional.of("0.9.2"), home.version("0.9.1")));
    assertThat(home.active()).hasValue("0.9.1");
    assertThat(home.previous()).hasValue("0.9.2");
    assertThat(audit.entries()).last().extracting(AuditEntry::action).isEqualTo("self-rollback");
  }

  @Test
  void rollbackWithNothingBeforeIsAUsageError() throws Exception {
    publish("latest/download", "0.9.0");
    updater().update(Optional.empty());

    assertThatThrownBy(() -> updater().rollback()).isInstanceOf(GoreadyException.class)
        .hasMessageContaining("there is no earlier goready in " + home.root())
        .satisfies(e -> assertThat(((GoreadyException) e).exitCode()).isEqualTo(ExitCode.USAGE));
  }

  @Test
  void aDigestMismatchSwitchesNothingDeletesTheDownloadAndIsLogged() throws Exception {
    installed("0.9.0");
    byte[] bundle = bundle("0.9.1");
    server.serve("/releases/latest/download/SHA256SUMS", sums("0".repeat(64), "0.9.1"));
    server.serve("/releases/latest/download/" + name("0.9.1"), bundle);

    assertFails(ExitCode.INTEGRITY, "SHA-256");
    assertThat(temp.resolve("downloads")).isEmptyDirectory();
    assertThat(audit.entries()).last().satisfies(e -> {
      assertThat(e.action()).isEqualTo("verify");
      assertThat(e.result()).isEqualTo(AuditEntry.FAIL);
    });
  }

  @Test
  void aDownloadCutOffSwitchesNothingAndTheNextUpdateResumesIt() throws Exception {
    installed("0.9.0");
    publish("latest/download", "0.9.1");
    server.fail("/releases/latest/download/" + name("0.9.1"), new Fault.DropAfter(100));

    assertFails(ExitCode.NETWORK, "");
    assertThat(temp.resolve("downloads/" + name("0.9.1") + ".part")).exists();

    assertThat(updater().update(Optional.empty())).isInstanceOf(SelfUpdater.Updated.class);
    assertThat(server.requests()).filteredOn(r -> r.path().endsWith(name("0.9.1"))).last()
        .satisfies(r -> assertThat(r.range()).as("resumed, not started over").isEqualTo("bytes=100-"));
    assertThat(home.active()).hasValue("0.9.1");
  }

  @Test
  void aMalformedIndexOrOneWithoutThisPlatformSaysSo() throws Exception {
    installed("0.9.0");
    server.serve("/releases/latest/download/SHA256SUMS", "<!DOCTYPE html><p>rate limited</p>\n".getBytes(StandardCharsets.UTF_8));
    assertFails(ExitCode.NETWORK, "is malformed: line 1 is not");

    server.serve("/releases/latest/download/SHA256SUMS", ("a".repeat(64) + "  goready-0.9.1-plan9-x64.tar.gz\n").getBytes(StandardCharsets.UTF_8));
    assertFails(ExitCode.NETWORK, "lists no goready bundle for " + platform);
  }

  @Test
  void aMirrorServingAnotherVersionUnderTheTagIsRefused() throws Exception {
    installed("0.9.0");
    byte[] other = bundle("0.9.2");
    server.serve("/releases/download/v0.9.1/SHA256SUMS", sums(sha256(other), "0.9.2"));

    assertThatThrownBy(() -> updater().update(Optional.of("0.9.1"))).hasMessageContaining("names " + name("0.9.2") + ", not version 0.9.1");
    assertThat(home.active()).hasValue("0.9.0");
  }

  @Test
  void aHostileArchiveIsRefusedEvenWhenItsDigestMatches() throws Exception {
    installed("0.9.0");
    publish("latest/download", new ArchiveBuilder().directory("goready-0.9.1/").directory("goready-0.9.1/bin/")
        .symlink("goready-0.9.1/bin/up", "../../../../..").file("goready-0.9.1/bin/up/escaped", "x").tarGz(), "0.9.1");

    assertFails(ExitCode.INTEGRITY, "");
    assertThat(temp.resolve("escaped")).doesNotExist();
  }

  @Test
  void aBundleThatDoesNotStartOrIsNotABundleIsNotSwitchedTo() throws Exception {
    installed("0.9.0");
    publish("latest/download", bundle("0.9.1", "echo 'Error: could not find libjvm.so' >&2; exit 1"), "0.9.1");
    assertFails(ExitCode.LOCAL, "goready 0.9.1 does not start here: Error: could not find libjvm.so");

    publish("latest/download", new ArchiveBuilder().directory("goready-0.9.1/").file("goready-0.9.1/README", "hello").tarGz(), "0.9.1");
    assertFails(ExitCode.INTEGRITY, "is not a goready bundle");
  }

  @Test
  void aRequiredSigstoreSignatureThatIsMissingOrWrongStopsTheUpdate() throws Exception {
    installed("0.9.0");
    publish("latest/download", "0.9.1");
    Function<String, dev.goready.verify.SigstoreCheck> signer =
        v -> SigstoreJavaCheck.of(Optional.empty(), "https://github.com/goready/goready/.github/workflows/release.yml@refs/tags/v" + v, "https://token.actions.githubusercontent.com");

    assertThatThrownBy(() -> updater(Optional.of(signer)).update(Optional.empty()))
        .hasMessageContaining("required check sigstore unavailable: no bundle at");
    server.serve("/releases/latest/download/" + name("0.9.1") + ".sigstore.json", "{\"mediaType\":\"nonsense\"}".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> updater(Optional.of(signer)).update(Optional.empty()))
        .isInstanceOf(GoreadyException.class)
        .hasMessageContaining("required check sigstore")
        .satisfies(e -> assertThat(((GoreadyException) e).exitCode()).isEqualTo(ExitCode.INTEGRITY));
    assertThat(home.active()).hasValue("0.9.0");
  }

  @Test
  void whatAKilledUpdateLeftIsCleanedUpByTheNextRun() throws Exception {
    installed("0.9.0");
    Path staging = Files.createDirectories(home.root().resolve(".staging-12345/0.9.1/bin"));
    Files.writeString(staging.resolve("goready"), "half");
    Files.createSymbolicLink(home.root().resolve("current.tmp-abc"), Path.of("0.9.1"));
    publish("latest/download", "0.9.1");

    updater().update(Optional.empty());

    assertThat(entries()).containsExactlyInAnyOrder("0.9.0", "0.9.1", "current", "previous");
  }

  /**
   * A full disk while downloading (the bundle is bigger than the disk) and while unpacking (the bundle
   * is small, what it unpacks to is not): exit 5 naming the file, the current goready stays current.
   */
  @Test
  void aFullDiskAtTheDownloadOrTheUnpackSwitchesNothing() throws Exception {
    byte[] noise = new byte[300_000];
    new java.util.Random(7).nextBytes(noise);
    byte[] zeros = new byte[2_000_000];
    for (byte[] payload : List.of(noise, zeros)) {
      try (java.nio.file.FileSystem disk = com.google.common.jimfs.Jimfs.newFileSystem(
          com.google.common.jimfs.Configuration.unix().toBuilder().setMaxSize(250_000).setBlockSize(4096).build())) {
        SelfHome small = new SelfHome(disk.getPath("/home/ann/.local/share/goready"), new SymlinkCurrentLink());
        Files.createDirectories(small.version("0.9.0").resolve("bin"));
        small.switchTo("0.9.0");
        String top = "goready-0.9.1/";
        publish("latest/download", new ArchiveBuilder().directory(top).directory(top + "bin/")
            .file(top + "bin/goready", "#!/bin/sh\n".getBytes(StandardCharsets.UTF_8), 0755)
            .file(top + "lib/payload.bin", payload, 0644).file(top + "VERSION", "0.9.1\n").tarGz(), "0.9.1");

        SelfUpdater updater = updater(small, disk.getPath("/home/ann/.local/share/goready/downloads"), Optional.empty());
        assertThatThrownBy(() -> updater.update(Optional.empty()))
            .isInstanceOfSatisfying(GoreadyException.class, e -> {
              assertThat(e.exitCode()).isEqualTo(ExitCode.LOCAL);
              assertThat(e.getMessage()).contains(payload == noise ? "downloads/goready-0.9.1" : "lib/payload.bin").contains("out of disk space");
              assertThat(e.hint()).hasValueSatisfying(h -> assertThat(h).contains("disk space"));
            });
        assertThat(small.active()).hasValue("0.9.0");
        try (var left = Files.list(small.root())) {
          assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("0.9.0", "current");
        }
      }
    }
  }

  private void assertFails(ExitCode code, String message) throws Exception {
    Optional<String> before = home.active();
    assertThatThrownBy(() -> updater().update(Optional.empty()))
        .isInstanceOf(GoreadyException.class)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((GoreadyException) e).exitCode()).isEqualTo(code));
    assertThat(home.active()).isEqualTo(before);
    assertThat(entries()).as("no staging folder left").noneMatch(n -> n.startsWith(".staging-")).doesNotContain("0.9.1");
  }

  private SelfUpdater updater() {
    return updater(Optional.empty());
  }

  private SelfUpdater updater(Optional<Function<String, dev.goready.verify.SigstoreCheck>> signer) {
    return updater(home, temp.resolve("downloads"), signer);
  }

  private SelfUpdater updater(SelfHome home, Path downloads, Optional<Function<String, dev.goready.verify.SigstoreCheck>> signer) {
    InstallReporter quiet = new InstallReporter() {
      @Override
      public Progress progress(String label) {
        return Progress.NONE;
      }

      @Override
      public void notice(String message) {
        notices.add(message);
      }

      @Override
      public void warning(String message) {
        notices.add(message);
      }
    };
    return new SelfUpdater(host, fetcher, server.url("/releases"), home, downloads, audit, quiet, signer);
  }

  private void installed(String version) throws Exception {
    publish("download/v" + version, version);
    updater().update(Optional.of(version));
  }

  private List<String> entries() throws Exception {
    try (var list = Files.list(home.root())) {
      return list.map(p -> p.getFileName().toString()).toList();
    }
  }

  private void publish(String release, String version) throws Exception {
    publish(release, bundle(version), version);
  }

  private void publish(String release, byte[] bundle, String version) throws Exception {
    server.serve("/releases/" + release + "/SHA256SUMS", sums(sha256(bundle), version));
    server.serve("/releases/" + release + "/" + name(version), bundle);
  }

  private String name(String version) {
    return new BundleName(version, platform).filename();
  }

  private byte[] sums(String hex, String version) {
    return (hex + "  " + name(version) + "\n" + "c".repeat(64) + "  " + new BundleName(version, "windows-x64").filename() + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] bundle(String version) {
    return bundle(version, "echo 'goready " + version + "'");
  }

  /** A stand-in bundle: bin/goready runs {@code body}, runtime/bin/java exists. */
  private static byte[] bundle(String version, String body) {
    String top = "goready-" + version + "/";
    return new ArchiveBuilder().directory(top).directory(top + "bin/")
        .file(top + "bin/goready", ("#!/bin/sh\n" + body + "\n").getBytes(StandardCharsets.UTF_8), 0755)
        .directory(top + "runtime/").directory(top + "runtime/bin/")
        .file(top + "runtime/bin/java", "#!/bin/sh\n".getBytes(StandardCharsets.UTF_8), 0755)
        .file(top + "VERSION", version + "\n").tarGz();
  }

  private static String sha256(byte[] bytes) throws Exception {
    return Sha256.ofStream(new ByteArrayInputStream(bytes));
  }
}
