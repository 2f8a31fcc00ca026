package dev.goready.install;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * An exclusive OS file lock on GOREADY_HOME/.lock. A second goready waits for the first instead of
 * racing it; the OS drops the lock if the holder dies, so a kill -9 never leaves the store locked.
 */
public final class StoreLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private StoreLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  public static StoreLock acquire(ToolchainStore store, Consumer<String> onWait) {
    try {
      Files.createDirectories(store.home());
      FileChannel channel = FileChannel.open(store.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock == null) {
        onWait.accept("waiting for another goready to finish with " + store.home() + " ...");
        lock = channel.lock();
      }
      return new StoreLock(channel, lock);
    } catch (IOException e) {
      throw new GoreadyException(
          ExitCode.LOCAL,
          "cannot use " + store.home() + ": " + e.getMessage(),
          "make GOREADY_HOME a writable folder on a local disk");
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
