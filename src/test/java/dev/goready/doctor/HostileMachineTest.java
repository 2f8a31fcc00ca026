package dev.goready.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.config.Settings;
import dev.goready.doctor.checks.Checks;
import dev.goready.host.FixtureHost;
import dev.goready.testing.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Binary junk, huge files, CRLF and missing files in a machine: every check still reports, none crashes. */
class HostileMachineTest {
  @TempDir Path machine;

  @Test
  void junkHugeAndMissingFilesNeverCrashACheck() throws Exception {
    TestFiles.copyTree(Path.of(Objects.requireNonNull(getClass().getResource("/hosts/doctor/wsl2-ubuntu-22.04-healthy")).toURI()), machine);
    byte[] junk = new byte[4096];
    new Random(5).nextBytes(junk);
    Files.write(machine.resolve("files/etc/os-release"), junk);
    Files.write(machine.resolve("files/proc/mounts"), junk);
    Files.write(machine.resolve("files/proc/net/route"), junk);
    Files.writeString(machine.resolve("files/etc/wsl.conf"), "[boot]\r\nsystemd=true\r\n[interop]\r\nappendWindowsPath=false\r\n");
    Files.writeString(machine.resolve("files/etc/resolv.conf"), "nameserver 10.255.255.254\n" + "# padding\n".repeat(2_000_000)); // 20 MB
    Files.delete(machine.resolve("files/proc/1/comm"));
    Files.write(machine.resolve("files/mnt/c/Users/ann/.wslconfig"), junk);
    Files.write(machine.resolve("files/home/ann/.vscode-server/data/Machine/settings.json"), junk);
    Files.write(machine.resolve("files/home/ann/.local/share/goready/downloads/index.json"), junk);

    FixtureHost host = new FixtureHost(machine);
    Report report = Runner.run(Checks.all(), new Probe(host, new DoctorOptions(Duration.ofSeconds(5), false, Optional.empty(), new Settings(host).home())), Set.of(), Set.of());
    assertThat(report.checks()).hasSize(Checks.all().size());
    assertThat(report.checks()).allSatisfy(c -> assertThat(c.result().status()).as(c.id() + ": " + c.result().summary()).isNotIn(Status.ERROR, Status.TIMEOUT));
    Result systemd = report.checks().stream().filter(c -> c.id().equals("wsl.systemd")).findFirst().orElseThrow().result();
    // No /proc/1/comm is unknown, not a verdict (issue 13): the old "not running (PID 1 is ?)" was wrong.
    assertThat(systemd.status()).isEqualTo(Status.SKIP);
    assertThat(systemd.summary()).contains("/proc/1/comm");
  }
}
