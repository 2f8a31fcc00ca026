package dev.goready.host;

import dev.goready.GoreadyException;
import dev.goready.testing.Fuzz;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/**
 * A snapshot (doctor --from) comes from someone else's machine: whatever its zip or JSON holds, reading
 * and replaying it ends in the snapshot's result or a one-line GoreadyException, never another exception.
 */
@Tag("fuzz")
class SnapshotPropertiesTest {
  static final String HOST = "{\"os\": \"linux\", \"osVersion\": \"6.6.36.3-microsoft-standard-WSL2\", \"jvmArch\": \"amd64\", \"home\": \"/home/ann\","
      + " \"recordedAt\": \"2026-12-04T21:09:36Z\"}";
  static final String NETWORK = "{\"resolve\": {\"proxy.golang.org\": [\"142.250.74.113\"], \"sum.golang.org\": null},"
      + " \"http\": {\"https://proxy.golang.org/golang.org/x/mod/@latest\": {\"status\": 200, \"ms\": 41, \"proxy\": \"\"},"
      + " \"https://sum.golang.org/latest\": {\"failure\": \"tls-untrusted\", \"message\": \"TLS failed\", \"ms\": 38, \"proxy\": \"http://proxy.corp.example:8080\"}}}";
  static final String ENV = "{\"PATH\": \"/usr/bin:/bin\", \"HOME\": \"/home/ann\", \"WSL_DISTRO_NAME\": \"Ubuntu\"}";
  static final String COMMANDS = "[{\"argv\": [\"go\", \"env\", \"-json\"], \"exit\": 0, \"stdout\": \"{\\\"GOROOT\\\": \\\"/usr/lib/go\\\"}\"},"
      + " {\"argv\": [\"wsl.exe\", \"--version\"], \"exit\": 0, \"stdoutBase64\": \"VwBTAEwAIAA=\", \"timedOut\": false}]";

  static byte[] zip(String... nameAndContent) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (int i = 0; i < nameAndContent.length; i += 2) {
        zip.putNextEntry(new ZipEntry(nameAndContent[i]));
        zip.write(nameAndContent[i + 1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  @Provide
  Arbitrary<byte[]> snapshots() throws IOException {
    return Fuzz.nearBytes(List.of(zip("host.json", HOST, "env.json", ENV, "commands.json", COMMANDS, "network.json", NETWORK, "files/proc/version", "Linux version 6.6"),
        zip("host.json", HOST, "paths.json", "{\"/home/ann/go\": {\"exists\": true}}")));
  }

  @Property
  void anySnapshotZipOpensAndReplaysOrIsRefusedInOneLine(@ForAll("snapshots") byte[] snapshot) throws IOException {
    Path dir = Files.createTempDirectory("snapshot");
    try {
      Path file = dir.resolve("snapshot.zip");
      Files.write(file, snapshot);
      Path scratch = Files.createDirectories(dir.resolve("scratch"));
      Fuzz.run(snapshot, () -> replay(SnapshotReader.open(file, scratch)), GoreadyException.class);
    } finally {
      dev.goready.testing.TestFiles.deleteTree(dir);
    }
  }

  @Provide
  Arbitrary<String> json() {
    return Fuzz.near(List.of(HOST, ENV, COMMANDS, NETWORK, "{}", "[]"));
  }

  @Property
  void anyJsonInASnapshotFolderReplaysOrIsRefusedInOneLine(@ForAll("json") String host, @ForAll("json") String env, @ForAll("json") String commands,
      @ForAll("json") String network) throws IOException {
    Path dir = Files.createTempDirectory("snapshot-dir");
    try {
      Files.write(dir.resolve("host.json"), host.getBytes(StandardCharsets.UTF_8));
      Files.write(dir.resolve("env.json"), env.getBytes(StandardCharsets.UTF_8));
      Files.write(dir.resolve("commands.json"), commands.getBytes(StandardCharsets.UTF_8));
      Files.write(dir.resolve("network.json"), network.getBytes(StandardCharsets.UTF_8));
      Fuzz.run(List.of(host, env, commands, network), () -> replay(new FixtureHost(dir)), GoreadyException.class);
    } finally {
      dev.goready.testing.TestFiles.deleteTree(dir);
    }
  }

  /** What doctor asks of a replayed machine first. */
  private static void replay(FixtureHost host) {
    host.os();
    host.osVersion();
    host.environment();
    host.home();
    host.pathEntries();
    host.run(List.of("go", "env", "-json"), Duration.ofSeconds(1)).stdoutText();
    host.run(List.of("wsl.exe", "--version"), Duration.ofSeconds(1));
    host.readFile(host.path("/proc/version"));
    host.pathStatus(host.path("/home/ann/go"));
    host.now();
    host.resolve("proxy.golang.org", Duration.ofSeconds(1));
    host.http(new HttpGet(java.net.URI.create("https://proxy.golang.org/golang.org/x/mod/@latest"), Duration.ofSeconds(1)));
    host.http(new HttpGet(java.net.URI.create("https://sum.golang.org/latest"), Duration.ofSeconds(1)));
  }
}
