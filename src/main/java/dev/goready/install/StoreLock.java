package dev.goready.install;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.LocalIo;
import dev.goready.TerminalText;
import dev.goready.host.ThisProcess;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
        onWait.accept("waiting for another goready" + holder(store) + " to finish with " + store.home() + " ...");
        lock = channel.lock();
      }
      // Beside the lock, not in it: Windows does not let others read a locked region.
      LocalIo.writeAtomically(holderFile(store), ("pid " + ThisProcess.pid() + ", since " + Instant.now().truncatedTo(ChronoUnit.SECONDS)
          + (ThisProcess.command().isEmpty() ? "" : ", running '" + ThisProcess.command() + "'") + "\n").getBytes(StandardCharsets.UTF_8));
      return new StoreLock(channel, lock);
    } catch (IOException e) {
      throw failure(store, e);
    }
  }

  /** A refused write says "permission denied" and whose folder it is (it read "cannot use HOME: HOME"). */
  static GoreadyException failure(ToolchainStore store, IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException denied) {
      GoreadyException said = LocalIo.failure(Path.of(denied.getFile() == null ? store.home().toString() : denied.getFile()), e);
      return new GoreadyException(ExitCode.LOCAL, said.getMessage(), said.hint().orElseThrow() + ", or set GOREADY_HOME to a folder of yours");
    }
    // A FileSystemException's message repeats its file: say only its reason.
    String why = !(e instanceof java.nio.file.FileSystemException fs) ? String.valueOf(e.getMessage())
        : fs.getReason() == null ? "it cannot be created or written" : fs.getReason() + (fs.getFile() == null || fs.getFile().equals(store.home().toString()) ? "" : " (" + fs.getFile() + ")");
    return new GoreadyException(ExitCode.LOCAL, "cannot use " + store.home() + ": " + why, "make GOREADY_HOME a writable folder on a local disk");
  }

  private static Path holderFile(ToolchainStore store) {
    return store.lockFile().resolveSibling(".lock.holder");
  }

  /** " (pid 4242, since 2026-12-03T10:15:02Z, running 'install 1.22')", or nothing when unknown. */
  static String holder(ToolchainStore store) {
    try {
      String text = Files.readString(holderFile(store), StandardCharsets.UTF_8).strip();
      return text.isEmpty() || text.length() > 500 ? "" : " (" + TerminalText.escape(text) + ")";
    } catch (IOException | java.io.UncheckedIOException e) {
      return "";
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
