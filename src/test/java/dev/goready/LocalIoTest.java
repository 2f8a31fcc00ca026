package dev.goready;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Failures of the machine say which failure they are, with the hint that fits it. */
class LocalIoTest {
  private final Path target = Path.of("/home/ann/go/bin/gopls");

  @Test
  void aPermissionProblemSaysSoAndNamesTheFolder() {
    GoreadyException failure = LocalIo.failure(target, new AccessDeniedException(target.toString()));
    assertThat(failure.exitCode()).isEqualTo(ExitCode.LOCAL);
    assertThat(failure.getMessage()).isEqualTo("permission denied: " + target);
    assertThat(failure.hint()).hasValueSatisfying(h -> assertThat(h).contains("ls -ld /home/ann/go/bin").doesNotContain("GOREADY_HOME").doesNotContain("disk space"));
  }

  /** env creating ~/go/bin where ~ may not be written: the kernel refused ~/go, and ~ is whose folder decides. */
  @Test
  void aRefusedFolderAboveThePathIsTheOneNamed() {
    GoreadyException failure = LocalIo.failure(Path.of("/home/ann/go/bin"), new AccessDeniedException("/home/ann/go"));
    assertThat(failure.getMessage()).isEqualTo("permission denied: /home/ann/go (for /home/ann/go/bin)");
    assertThat(failure.hint()).hasValue("check who owns /home/ann and whether you may write there (ls -ld /home/ann)");
  }

  @Test
  void aFullDiskAsksForSpace() {
    GoreadyException failure = LocalIo.failure(target, new IOException("No space left on device"));
    assertThat(failure.hint()).hasValueSatisfying(h -> assertThat(h).contains("free some disk space"));
  }

  @Test
  void anyOtherFailureNamesTheFolderWithoutGuessing() {
    GoreadyException failure = LocalIo.failure(target, new IOException("Read-only file system"));
    assertThat(failure.getMessage()).isEqualTo("cannot write " + target + ": Read-only file system");
    assertThat(failure.hint()).hasValue("check that /home/ann/go/bin exists and is writable");
  }
}
