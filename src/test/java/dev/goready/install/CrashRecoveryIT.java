package dev.goready.install;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.testing.ArchiveBuilder;
import dev.goready.testing.FaultyServer.Fault;
import dev.goready.testing.FaultyServer;
import dev.goready.testing.GoreadyProcess;
import dev.goready.testing.IndexBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at any moment of an install — download, extraction, activation — leaves the previously
 * active toolchain working, and the next run cleans up or completes. Real processes, real signals.
 */
class CrashRecoveryIT {
  static final String ARCHIVE = "/go/go1.22.5.linux-amd64.tar.gz";
  static final int FILES = 1500;
  static final int FILE_SIZE = 8192;

  @TempDir Path temp;
  FaultyServer server;
  Path home;

  @BeforeEach
  void setUp() throws Exception {
    home = temp.resolve("home");
    Random random = new Random(11);
    ArchiveBuilder big = ArchiveBuilder.goToolchain("go1.22.5", "linux", "amd64");
    for (int i = 0; i < FILES; i++) {
      byte[] content = new byte[FILE_SIZE];
      random.nextBytes(content);
      big.file("go/src/pkg" + (i % 40) + "/file" + i + ".go", content, 0644);
    }
    byte[] archive = big.tarGz();
    byte[] old = ArchiveBuilder.goToolchain("go1.22.4", "linux", "amd64").tarGz();
    server = new FaultyServer();
    server.serve(ARCHIVE, archive).serve("/go/go1.22.4.linux-amd64.tar.gz", old)
        .serve("/index.json", new IndexBuilder().archive("go1.22.5", "linux", "amd64", archive).archive("go1.22.4", "linux", "amd64", old).bytes());
    assertThat(install("1.22.4").exit()).isZero();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  Map<String, String> env() {
    return Map.of(
        "GOREADY_HOME", home.toString(),
        "GOREADY_INDEX", server.url("/index.json").toString(),
        "GOREADY_DOWNLOAD_URL", server.url("/go").toString(),
        "GOREADY_READ_TIMEOUT", "1");
  }

  GoreadyProcess.Result install(String version) throws Exception {
    return GoreadyProcess.finish(GoreadyProcess.startJar(env(), "install", version, "--os", "linux", "--arch", "amd64"), 120);
  }

  /** The toolchain that current points at runs, and is one of the two versions, whole. */
  String assertActiveToolchainWorks() throws Exception {
    Path current = home.resolve("current");
    assertThat(Files.isSymbolicLink(current)).as("current is a link").isTrue();
    String version = Files.readSymbolicLink(current).getFileName().toString();
    assertThat(version).isIn("go1.22.4", "go1.22.5");
    Process go = new ProcessBuilder(current.resolve("bin/go").toString(), "version").start();
    assertThat(go.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(new String(go.getInputStream().readAllBytes())).startsWith("go version " + version);
    return version;
  }

  void assertInstalledToolchainsAreWhole() throws IOException {
    Path installed = home.resolve("toolchains/go1.22.5");
    if (Files.exists(installed)) {
      try (var files = Files.walk(installed.resolve("src"))) {
        assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(FILES + 1); // and go/src/fmt/print.go
      }
    }
  }

  /** Where the killed run had got to, for the test log: shows the kills cover every phase. */
  String phase() throws IOException {
    Path part = home.resolve("downloads/go1.22.5.linux-amd64.tar.gz.part");
    try (var toolchains = Files.list(home.resolve("toolchains"))) {
      boolean staging = toolchains.anyMatch(p -> p.getFileName().toString().startsWith(".staging"));
      return "part=" + (Files.exists(part) ? Files.size(part) : "none")
          + " staging=" + staging
          + " installed=" + Files.exists(home.resolve("toolchains/go1.22.5"))
          + " current=" + Files.readSymbolicLink(home.resolve("current")).getFileName();
    }
  }

  @Test
  void killedAtAnyMomentTheOldToolchainStillRunsAndTheNextRunCompletes() throws Exception {
    // Spread the kills over the whole run: JVM start, index, download, extraction, rename, switch.
    for (int delayMs = 150; delayMs <= 2400; delayMs += 150) {
      Process process = GoreadyProcess.startJar(env(), "install", "1.22.5", "--os", "linux", "--arch", "amd64");
      Thread.sleep(delayMs);
      process.destroyForcibly(); // SIGKILL
      process.waitFor(10, TimeUnit.SECONDS);
      System.out.println("killed after " + delayMs + " ms: " + phase());
      assertActiveToolchainWorks();
      assertInstalledToolchainsAreWhole();
      if (Files.exists(home.resolve("toolchains/go1.22.5"))) {
        break; // later kills would only hit an already-finished install
      }
    }
    GoreadyProcess.Result last = install("1.22.5");
    assertThat(last.exit()).as(last.toString()).isZero();
    assertThat(assertActiveToolchainWorks()).isEqualTo("go1.22.5");
    assertInstalledToolchainsAreWhole();
    try (var left = Files.list(home.resolve("toolchains"))) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("go1.22.4", "go1.22.5");
    }
    try (var left = Files.list(home)) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("current.tmp"));
    }
    GoreadyProcess.Result audit = GoreadyProcess.finish(GoreadyProcess.startJar(env(), "audit", "verify"), 30);
    assertThat(audit.exit()).as(audit.toString()).isZero();
  }

  @Test
  void killedDuringTheDownloadTheNextRunResumesFromThePart() throws Exception {
    server.fail(ARCHIVE, new Fault.StallAfter(1_000_000, Duration.ofSeconds(20)));
    Process process = GoreadyProcess.startJar(env(), "install", "1.22.5", "--os", "linux", "--arch", "amd64");
    Path part = home.resolve("downloads/go1.22.5.linux-amd64.tar.gz.part");
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while ((!Files.exists(part) || Files.size(part) < 1_000_000) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    process.destroyForcibly();
    process.waitFor(10, TimeUnit.SECONDS);
    assertThat(Files.size(part)).isEqualTo(1_000_000);
    assertThat(assertActiveToolchainWorks()).isEqualTo("go1.22.4");
    assertThat(Files.list(home.resolve("toolchains")).map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith(".staging"));

    GoreadyProcess.Result next = install("1.22.5");
    assertThat(next.exit()).as(next.toString()).isZero();
    assertThat(server.requests().getLast().range()).isEqualTo("bytes=1000000-");
    assertThat(assertActiveToolchainWorks()).isEqualTo("go1.22.5");
    try (var left = Files.list(home.resolve("toolchains"))) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".staging"));
    }
  }

  @Test
  void twoInstallsAtOnceTakeTurnsAndLeaveAConsistentStore() throws Exception {
    Process first = GoreadyProcess.startJar(env(), "install", "1.22.5", "--os", "linux", "--arch", "amd64");
    Process second = GoreadyProcess.startJar(env(), "install", "1.22.5", "--os", "linux", "--arch", "amd64");
    Process third = GoreadyProcess.startJar(env(), "use", "1.22.4");
    GoreadyProcess.Result a = GoreadyProcess.finish(first, 120);
    GoreadyProcess.Result b = GoreadyProcess.finish(second, 120);
    GoreadyProcess.Result c = GoreadyProcess.finish(third, 120);
    assertThat(a.exit()).as(a.toString()).isZero();
    assertThat(b.exit()).as(b.toString()).isZero();
    assertThat(c.exit()).as(c.toString()).isZero();
    assertThat(server.requestsTo(ARCHIVE)).as("the second install found the first one's work").isEqualTo(1);
    assertActiveToolchainWorks();
    assertInstalledToolchainsAreWhole();
    GoreadyProcess.Result audit = GoreadyProcess.finish(GoreadyProcess.startJar(env(), "audit", "verify"), 30);
    assertThat(audit.exit()).as(audit.toString()).isZero();
  }
}
