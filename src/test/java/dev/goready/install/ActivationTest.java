package dev.goready.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goready.GoreadyException;
import dev.goready.audit.AuditLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A change the audit log cannot record is undone: the store looks as it did before. */
class ActivationTest {
  @TempDir Path home;

  @Test
  void aSwitchAndAnUninstallThatCannotBeRecordedAreUndone() throws Exception {
    ToolchainStore store = new ToolchainStore(home);
    Files.createDirectories(store.toolchain("go1.22.5").resolve("bin"));
    Files.createDirectories(store.toolchain("go1.21.12").resolve("bin"));
    new Activation(store, new SymlinkCurrentLink(), new AuditLog(store.auditLog(), Clock.systemUTC())).activate("go1.21.12");

    Path unwritable = Files.createDirectories(home.resolve("log-is-a-folder"));
    Activation broken = new Activation(store, new SymlinkCurrentLink(), new AuditLog(unwritable, Clock.systemUTC()));
    assertThatThrownBy(() -> broken.activate("go1.22.5")).isInstanceOf(GoreadyException.class).hasMessageContaining("audit log");
    assertThat(store.active()).isEqualTo(Optional.of("go1.21.12"));

    assertThatThrownBy(() -> broken.uninstall("go1.21.12", true)).isInstanceOf(GoreadyException.class);
    assertThat(store.toolchain("go1.21.12").resolve("bin")).isDirectory();
    assertThat(store.active()).isEqualTo(Optional.of("go1.21.12"));
  }
}
