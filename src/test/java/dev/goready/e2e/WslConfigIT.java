package dev.goready.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.testing.GoreadyProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /etc/wsl.conf belongs to root: without root, goready says to rerun with sudo and writes nothing. */
class WslConfigIT {
  @TempDir Path temp;

  @Test
  void withoutRootWslConfIsRefusedWithTheSudoHint() throws Exception {
    boolean root = new String(new ProcessBuilder("id", "-u").start().getInputStream().readAllBytes()).strip().equals("0");
    List<String> argv = new ArrayList<>();
    if (root) {
      argv.addAll(List.of("runuser", "-u", "nobody", "--")); // drop root, as a developer's shell would be
    }
    argv.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", GoreadyProcess.JAR.toString(),
        "wsl", "config", "--systemd", "on"));
    ProcessBuilder builder = new ProcessBuilder(argv).redirectErrorStream(true);
    builder.environment().put("WSL_INTEROP", "/run/WSL/1_interop"); // what makes goready treat this machine as WSL2
    builder.environment().put("WSL_DISTRO_NAME", "Ubuntu");
    builder.environment().put("HOME", temp.toString());
    builder.environment().put("GOREADY_HOME", temp.resolve("gr").toString());
    temp.toFile().setWritable(true, false);
    byte[] before = Files.exists(Path.of("/etc/wsl.conf")) ? Files.readAllBytes(Path.of("/etc/wsl.conf")) : null;
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isEqualTo(5);
    assertThat(output).contains("/etc/wsl.conf is not writable: it needs root", "sudo");
    assertThat(Files.exists(Path.of("/etc/wsl.conf")) ? Files.readAllBytes(Path.of("/etc/wsl.conf")) : null).isEqualTo(before);
  }
}
