package dev.goready.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixtureHostTest {

  @Test
  void readsFilesUnderTheirAbsolutePathsUnixAndWindows(@TempDir Path root) throws Exception {
    Files.writeString(root.resolve("host.json"), "{\"os\": \"windows\"}");
    Files.createDirectories(root.resolve("files/C/Users/ann"));
    Files.writeString(root.resolve("files/C/Users/ann/.wslconfig"), "[wsl2]\nmemory=8GB\n");
    Files.createDirectories(root.resolve("files/proc"));
    Files.writeString(root.resolve("files/proc/version"), "Linux version 5.15.153.1-microsoft-standard-WSL2");
    FixtureHost host = new FixtureHost(root);
    assertThat(host.readFile(Path.of("C:\\Users\\ann\\.wslconfig"))).hasValue("[wsl2]\nmemory=8GB\n");
    assertThat(host.readFile(Path.of("/proc/version"))).hasValueSatisfying(v -> assertThat(v).contains("WSL2"));
    assertThat(host.readFile(Path.of("/etc/os-release"))).isEmpty();
  }

  @Test
  void environmentIsCaseInsensitiveOnWindowsOnly(@TempDir Path root) throws Exception {
    Files.writeString(root.resolve("env.json"), "{\"Path\": \"C:\\\\Windows\"}");
    Files.writeString(root.resolve("host.json"), "{\"os\": \"windows\"}");
    assertThat(new FixtureHost(root).env("PATH")).hasValue("C:\\Windows");
    Files.writeString(root.resolve("host.json"), "{\"os\": \"linux\"}");
    assertThat(new FixtureHost(root).env("PATH")).isEmpty();
  }

  @Test
  void replaysRecordedCommandsIncludingUtf16Output(@TempDir Path root) throws Exception {
    String utf16 = java.util.Base64.getEncoder().encodeToString("WSL version: 2.3.26.0\r\n".getBytes(StandardCharsets.UTF_16LE));
    Files.writeString(root.resolve("commands.json"), """
        [{"argv": ["wsl.exe", "--version"], "exit": 0, "stdoutBase64": "%s"},
         {"argv": ["uname", "-r"], "exit": 0, "stdout": "6.6.87.2-microsoft-standard-WSL2\\n", "timedOut": false}]
        """.formatted(utf16));
    FixtureHost host = new FixtureHost(root);
    assertThat(new String(host.run(List.of("wsl.exe", "--version"), Duration.ofSeconds(1)).stdout(), StandardCharsets.UTF_16LE)).startsWith("WSL version: 2.3.26.0");
    assertThat(host.run(List.of("uname", "-r"), Duration.ofSeconds(1)).stdoutText()).isEqualTo("6.6.87.2-microsoft-standard-WSL2\n");
    CommandResult missing = host.run(List.of("uname", "-m"), Duration.ofSeconds(1));
    assertThat(missing.notFound()).isTrue();
    assertThat(missing.succeeded()).isFalse();
  }

  @Test
  void parsesRegQueryOutput() {
    String output = "\r\nHKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment\r\n"
        + "    PROCESSOR_ARCHITECTURE    REG_SZ    ARM64\r\n\r\n";
    assertThat(RegQueryOutput.value(output, "PROCESSOR_ARCHITECTURE")).hasValue("ARM64");
    assertThat(RegQueryOutput.value(output, "Path")).isEmpty();
  }
}
