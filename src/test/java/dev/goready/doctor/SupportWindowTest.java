package dev.goready.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.host.FixtureHost;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which Go lines are supported follows the machine's date, not only the age of the cached index. */
class SupportWindowTest {
  private static final String CACHED_INDEX = "files/home/ci/.local/share/goready/downloads/index.json";

  @TempDir Path dir;

  private Map<String, Result> debian12At(String recordedAt, boolean keepIndex) throws Exception {
    MachineCopy machine = new MachineCopy("debian-12", dir).hostField("recordedAt", recordedAt);
    if (!keepIndex) {
      Files.delete(machine.root().resolve(CACHED_INDEX));
    }
    return Map.of("distro", machine.check("distro"), "go.version", machine.check("go.version"));
  }

  @Test
  void anIndexCachedTwoYearsAgoDoesNotKeepOldLinesSupported() throws Exception {
    Map<String, Result> r = debian12At("2026-12-04T09:00:00Z", true);
    Result distro = r.get("distro");
    assertThat(distro.status()).isEqualTo(Status.WARN);
    assertThat(distro.details()).contains("Go supports 1.26 and newer",
        "go1.27 is out by Go's six-monthly calendar (due 2026-08); the cached index is older (newest go1.23.4)");
    assertThat(distro.fix().orElseThrow().commands()).as("bookworm-backports' Go 1.23 is out of support too").containsExactly("goready install");
    assertThat(distro.fix().orElseThrow().text()).contains("Go 1.23, is out of support too");
    assertThat(r.get("go.version").summary()).isEqualTo("go1.19.8 is out of support: it gets no security fixes (Go supports 1.26 and newer)");
  }

  @Test
  void withoutAnyIndexTheCalendarStillJudgesAndOffersASupportedBackport() throws Exception {
    Map<String, Result> r = debian12At("2024-12-20T10:00:00Z", false);
    Result distro = r.get("distro");
    assertThat(distro.summary()).isEqualTo("Debian GNU/Linux 12 (bookworm) ships Go 1.19, which is out of support");
    assertThat(distro.details()).contains("Go supports 1.22 and newer");
    assertThat(distro.fix().orElseThrow().commands()).containsExactly("goready install", "sudo apt install -t bookworm-backports golang-1.23-go");
    assertThat(r.get("go.version").summary()).isEqualTo("go1.19.8 is out of support: it gets no security fixes (Go supports 1.22 and newer)");
    assertThat(r.get("go.version").details()).contains("go1.23 is out by Go's six-monthly calendar (due 2024-08)");
  }

  @Test
  void aRecordedAtThatIsNotAnInstantIsABrokenSnapshot() throws IOException {
    Path machine = Files.createDirectories(dir.resolve("m"));
    Files.writeString(machine.resolve("host.json"), "{\"os\":\"linux\",\"recordedAt\":\"yesterday\"}");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FixtureHost(machine).now())
        .hasMessageContaining("host.json").hasMessageContaining("recordedAt");
  }
}
