package dev.goready;

import java.io.IOException;
import java.nio.file.Path;

/** Failures of the machine itself (disk full, permissions) become exit 5 with the path and a fix. */
public final class LocalIo {
  private LocalIo() {}

  public interface Step<T> {
    T run() throws IOException;
  }

  public static <T> T run(Path path, Step<T> step) {
    try {
      return step.run();
    } catch (IOException e) {
      throw failure(path, e);
    }
  }

  public static GoreadyException failure(Path path, IOException e) {
    String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (path != null && !what.contains(path.toString())) {
      what = path + ": " + what;
    }
    return new GoreadyException(
        ExitCode.LOCAL,
        "cannot write " + what,
        "free some disk space, or set GOREADY_HOME to a writable folder with room for a toolchain (about 500 MB)");
  }
}
