package dev.goready.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.audit.AuditLog;
import dev.goready.fetch.FetchOptions;
import dev.goready.fetch.Fetcher;
import dev.goready.fetch.Progress;
import dev.goready.fetch.ProxySettings;
import dev.goready.fetch.ReleaseSource;
import dev.goready.provenance.ReleaseChecks;
import dev.goready.release.Platform;
import dev.goready.release.Selector;
import dev.goready.testing.ArchiveBuilder;
import dev.goready.testing.FaultyServer;
import dev.goready.testing.IndexBuilder;
import dev.goready.testing.TestHost;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A full disk, made real with an in-memory file system that has a size limit. */
class DiskFullTest {

  @Test
  void aFullDiskIsExit5AndThePreviousToolchainStaysActive() throws Exception {
    byte[] filler = new byte[400_000];
    new java.util.Random(3).nextBytes(filler);
    byte[] archive = ArchiveBuilder.goToolchain("go1.22.5", "linux", "amd64").file("go/pkg/big.bin", filler, 0644).tarGz();
    try (FaultyServer server = new FaultyServer();
        FileSystem disk = Jimfs.newFileSystem(Configuration.unix().toBuilder().setMaxSize(600_000).setBlockSize(4096).build());
        Fetcher fetcher = new Fetcher(new FetchOptions(0, Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofMillis(10)), ProxySettings.from(new TestHost()), Optional.empty())) {
      server.serve("/go/go1.22.5.linux-amd64.tar.gz", archive)
          .serve("/index.json", new IndexBuilder().archive("go1.22.5", "linux", "amd64", archive).bytes());
      ToolchainStore store = new ToolchainStore(disk.getPath("/home/ann/.local/share/goready"));
      Path old = Files.createDirectories(store.toolchain("go1.22.4").resolve("bin"));
      Files.writeString(old.resolve("go"), "#!/bin/sh\n");
      AuditLog audit = new AuditLog(store.auditLog(), Clock.systemUTC());
      Activation activation = new Activation(store, new SymlinkCurrentLink(), audit);
      activation.activate("go1.22.4");
      Installer installer = new Installer(
          new InstallKit(store, fetcher, audit, activation, new SilentReporter(), ExtractionLimits.DEFAULT, dev.goready.verify.Policy.NONE),
          new ReleaseSource(fetcher, server.url("/index.json"), server.url("/go")),
          ReleaseChecks.NONE);

      assertThatThrownBy(() -> installer.install(new InstallRequest(new Selector.Exact(dev.goready.release.GoVersion.parse("1.22.5").orElseThrow()), new Platform("linux", "amd64"), false, false, true)))
          .isInstanceOfSatisfying(GoreadyException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(ExitCode.LOCAL);
            assertThat(e.getMessage()).contains("/home/ann/.local/share/goready");
            assertThat(e.hint()).hasValueSatisfying(h -> assertThat(h).contains("disk space"));
          });
      assertThat(store.active()).hasValue("go1.22.4");
      assertThat(store.installed()).containsExactly("go1.22.4");
      try (var left = Files.list(store.toolchains())) {
        assertThat(left.map(p -> p.getFileName().toString())).containsExactly("go1.22.4");
      }
      assertThat(audit.verify().ok()).isTrue();
    }
  }

  static final class SilentReporter implements InstallReporter {
    @Override
    public Progress progress(String label) {
      return Progress.NONE;
    }

    @Override
    public void notice(String message) {}

    @Override
    public void warning(String message) {}
  }
}
