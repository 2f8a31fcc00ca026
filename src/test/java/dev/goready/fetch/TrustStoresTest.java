package dev.goready.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.host.OsFamily;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrustStoresTest {

  @Test
  void withoutExtraTrustTheJdkDefaultStands() {
    assertThat(TrustStores.sslContext(OsFamily.LINUX, Optional.empty())).isEmpty();
  }

  @Test
  void aFileWithoutCertificatesIsExit5NamingIt(@TempDir Path temp) throws Exception {
    Path bad = Files.writeString(temp.resolve("corp.pem"), "not a certificate");
    assertThatThrownBy(() -> TrustStores.sslContext(OsFamily.LINUX, Optional.of(bad)))
        .isInstanceOfSatisfying(GoreadyException.class, e -> {
          assertThat(e.exitCode()).isEqualTo(ExitCode.LOCAL);
          assertThat(e.getMessage()).contains(bad.toString());
        });
    assertThatThrownBy(() -> TrustStores.sslContext(OsFamily.LINUX, Optional.of(temp.resolve("missing.pem")))).hasMessageContaining("missing.pem");
  }
}
