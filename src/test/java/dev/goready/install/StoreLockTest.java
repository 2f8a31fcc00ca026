package dev.goready.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whoever holds the store lock is named, so a waiting goready can say who it waits for. */
class StoreLockTest {
  @TempDir Path home;

  @Test
  void theHolderIsRecordedAndReadBackForWaiters() throws Exception {
    ToolchainStore store = new ToolchainStore(home);
    try (StoreLock lock = StoreLock.acquire(store, message -> {})) {
      assertThat(Files.readString(home.resolve(".lock.holder"))).startsWith("pid " + ProcessHandle.current().pid() + ", since ");
      assertThat(StoreLock.holder(store)).startsWith(" (pid " + ProcessHandle.current().pid());
    }
    Files.writeString(home.resolve(".lock.holder"), "pid 1\u001b[2J");
    assertThat(StoreLock.holder(store)).isEqualTo(" (pid 1\\x1b[2J)");
  }

  /** Run as root the kernel never refuses, so the refusal is handed over as the JDK throws it. */
  @Test
  void aHomeThatMayNotBeWrittenSaysPermissionDeniedAndWhoseFolder() {
    ToolchainStore store = new ToolchainStore(Path.of("/srv/shared/goready"));
    var failure = StoreLock.failure(store, new java.nio.file.AccessDeniedException("/srv/shared/goready"));
    assertThat(failure.exitCode()).isEqualTo(dev.goready.ExitCode.LOCAL);
    assertThat(failure.getMessage()).isEqualTo("permission denied: /srv/shared/goready");
    assertThat(failure.hint()).hasValueSatisfying(h -> assertThat(h).contains("ls -ld /srv/shared", "GOREADY_HOME").doesNotContain("disk space"));
    var other = StoreLock.failure(store, new java.nio.file.FileSystemException("/srv/shared/goready/.lock", null, "Not a directory"));
    assertThat(other.getMessage()).isEqualTo("cannot use /srv/shared/goready: Not a directory (/srv/shared/goready/.lock)");
  }
}
