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
}
