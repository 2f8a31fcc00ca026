package dev.goready.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.testing.ArchiveBuilder;
import dev.goready.testing.FaultyServer;
import dev.goready.testing.GoreadyProcess;
import dev.goready.testing.IndexBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release bundle scripts/dist.sh makes, run as a user without a JDK gets it: unpacked by hand,
 * through the release workflow's smoke test, and installed by install.sh from a release server on
 * 127.0.0.1, then used to install Go, set up the shells, update itself and roll back.
 */
class DistIT {
  @TempDir static Path built;
  private static Path out;
  private static Path archive;

  @TempDir Path temp;

  @BeforeAll
  static void buildTheBundle() throws Exception {
    out = built.resolve("dist");
    GoreadyProcess.Result dist = GoreadyProcess.finish(GoreadyProcess.start(
        List.of(GoreadyProcess.REPO.resolve("scripts/dist.sh").toString()),
        Map.of("GOREADY_DIST_JAR", GoreadyProcess.JAR.toString(), "GOREADY_DIST_OUT", out.toString())), 600);
    assertThat(dist.exit()).as(dist.toString()).isZero();
    try (Stream<Path> files = Files.list(out)) {
      archive = files.filter(f -> f.getFileName().toString().endsWith(".tar.gz")).findFirst().orElseThrow();
    }
  }

  @Test
  void theBundleRunsOnAMachineWithoutAJdk() throws Exception {
    assertThat(archive.getFileName().toString()).matches("goready-[0-9][^-]*-linux-(x64|arm64)\\.tar\\.gz");
    assertThat(Files.readString(out.resolve("SHA256SUMS"))).matches("[0-9a-f]{64}  " + archive.getFileName() + "\n");

    Path unpacked = Files.createDirectories(temp.resolve("unpacked"));
    assertThat(new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", unpacked.toString()).inheritIO().start().waitFor()).isZero();
    Path top;
    try (Stream<Path> dirs = Files.list(unpacked)) {
      top = dirs.findFirst().orElseThrow();
    }
    assertThat(top.getFileName().toString()).startsWith("goready-");
    assertThat(top.resolve("bin/goready.cmd")).exists();

    // A PATH with only the few tools the launcher calls: no java anywhere, and env -i clears JAVA_HOME.
    Path tools = Files.createDirectories(temp.resolve("tools"));
    for (String tool : List.of("sh", "dirname", "readlink", "uname", "cksum", "cut", "mkdir", "mv", "rm", "cat")) {
      Files.createSymbolicLink(tools.resolve(tool), Path.of(which(tool)));
    }
    Path home = Files.createDirectories(temp.resolve("home"));
    GoreadyProcess.Result version = bare(top, home, tools, "--version");
    assertThat(version.exit()).as(version.toString()).isZero();
    assertThat(version.out()).startsWith("goready ");
    try (Stream<Path> cached = Files.list(home.resolve(".cache/goready"))) {
      assertThat(cached.map(p -> p.getFileName().toString()))
          .as("the AOT cache, made on first use from the training run").singleElement().asString().matches("aot-[^-]+-[0-9]+\\.aot");
    }

    GoreadyProcess.Result doctor = bare(top, home, tools, "doctor", "--offline", "--format", "json");
    assertThat(doctor.exit()).as(doctor.toString()).isIn(0, 1);
    assertThat(doctor.out()).contains("\"checks\"");
  }

  @Test
  void theReleaseWorkflowsSmokeTestPassesHere() throws Exception {
    GoreadyProcess.Result smoke = GoreadyProcess.finish(GoreadyProcess.start(
        List.of(GoreadyProcess.REPO.resolve("scripts/release/smoke.sh").toString(), archive.toString()), Map.of("TMPDIR", temp.toString())), 300);
    assertThat(smoke.exit()).as(smoke.toString()).isZero();
    assertThat(smoke.out()).startsWith("goready ").contains("runs without a JDK");
  }

  /** A new user's path, all from 127.0.0.1: install.sh, install Go, env, self update, self rollback. */
  @Test
  void installedByInstallShItInstallsGoSetsUpShellsUpdatesAndRollsBack() throws Exception {
    String name = archive.getFileName().toString();
    String version = name.substring("goready-".length(), name.indexOf('-', "goready-".length()));
    String next = version + ".1";
    try (FaultyServer server = new FaultyServer()) {
      server.serve("/releases/latest/download/SHA256SUMS", Files.readAllBytes(out.resolve("SHA256SUMS")));
      server.serve("/releases/latest/download/" + name, Files.readAllBytes(archive));
      byte[] go = ArchiveBuilder.goToolchain("go1.22.5", "linux", "amd64").tarGz();
      server.serve("/go/go1.22.5.linux-amd64.tar.gz", go);
      server.serve("/index.json", new IndexBuilder().archive("go1.22.5", "linux", "amd64", go).bytes());

      Path home = Files.createDirectories(temp.resolve("home"));
      Files.writeString(home.resolve(".bashrc"), "# the user's own\n");
      Path tools = Files.createDirectories(temp.resolve("tools"));
      for (String tool : List.of("sh", "bash", "curl", "tar", "gzip", "sha256sum", "mktemp", "grep", "wc", "cut", "mkdir", "mv", "ln", "rm",
          "readlink", "basename", "head", "uname", "cksum", "cat", "dirname", "sed", "setsid", "env")) {
        Files.createSymbolicLink(tools.resolve(tool), Path.of(which(tool)));
      }
      Map<String, String> env = Map.of("HOME", home.toString(), "PATH", tools.toString(), "TMPDIR", temp.toString(), "SHELL", "/bin/bash",
          "GOREADY_SELF_URL", server.url("/releases").toString(),
          "GOREADY_INDEX", server.url("/index.json").toString(), "GOREADY_DOWNLOAD_URL", server.url("/go").toString());

      GoreadyProcess.Result installed = bareRun(env, "sh", GoreadyProcess.REPO.resolve("install.sh").toString(), "--yes");
      assertThat(installed.exit()).as(installed.toString()).isZero();
      Path goready = home.resolve(".local/bin/goready");
      Path self = home.resolve(".local/share/goready/self");
      assertThat(Files.readSymbolicLink(self.resolve("current"))).hasToString(version);
      assertThat(Files.readString(home.resolve(".bashrc"))).as("install.sh ran goready env").contains("goready");

      GoreadyProcess.Result go122 = bareRun(env, goready.toString(), "install", "1.22.5");
      assertThat(go122.exit()).as(go122.toString()).isZero();
      assertThat(bareRun(env, goready.toString(), "current").out()).contains("go1.22.5");

      String nextName = name.replace(version, next);
      byte[] nextBundle = repack(version, next, nextName);
      server.serve("/releases/latest/download/" + nextName, nextBundle);
      server.serve("/releases/latest/download/SHA256SUMS", (IndexBuilder.sha256(nextBundle) + "  " + nextName + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      GoreadyProcess.Result update = bareRun(env, goready.toString(), "self", "update");
      assertThat(update.exit()).as(update.toString()).isZero();
      assertThat(update.out()).startsWith("goready " + next + " is current (was " + version + "; goready self rollback goes back)");
      assertThat(bareRun(env, goready.toString(), "--version").exit()).as("the new bundle runs through the same link").isZero();

      GoreadyProcess.Result back = bareRun(env, goready.toString(), "self", "rollback");
      assertThat(back.exit()).as(back.toString()).isZero();
      assertThat(Files.readSymbolicLink(self.resolve("current"))).hasToString(version);
      assertThat(bareRun(env, goready.toString(), "audit", "verify").exit()).isZero();
    }
  }

  /** The same bundle as another version: its folder and VERSION renamed. */
  private byte[] repack(String version, String next, String nextName) throws Exception {
    Path work = Files.createDirectories(temp.resolve("repack"));
    assertThat(new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", work.toString()).inheritIO().start().waitFor()).isZero();
    Files.move(work.resolve("goready-" + version), work.resolve("goready-" + next));
    Files.writeString(work.resolve("goready-" + next + "/VERSION"), next + "\n");
    Path repacked = temp.resolve(nextName);
    assertThat(new ProcessBuilder("tar", "-czf", repacked.toString(), "-C", work.toString(), "goready-" + next).inheritIO().start().waitFor()).isZero();
    return Files.readAllBytes(repacked);
  }

  private GoreadyProcess.Result bareRun(Map<String, String> env, String... argv) throws Exception {
    List<String> command = new ArrayList<>(List.of("setsid", "-w", "env", "-i"));
    env.forEach((k, v) -> command.add(k + "=" + v));
    command.addAll(List.of(argv));
    return GoreadyProcess.finish(new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start(), 300);
  }

  static GoreadyProcess.Result bare(Path bundle, Path home, Path tools, String... args) throws Exception {
    List<String> argv = new ArrayList<>(List.of("env", "-i", "HOME=" + home, "PATH=" + tools, bundle.resolve("bin/goready").toString()));
    argv.addAll(List.of(args));
    return GoreadyProcess.finish(GoreadyProcess.start(argv, Map.of()), 120);
  }

  static String which(String tool) throws Exception {
    Process p = new ProcessBuilder("sh", "-c", "command -v " + tool).start();
    return new String(p.getInputStream().readAllBytes()).trim();
  }
}
