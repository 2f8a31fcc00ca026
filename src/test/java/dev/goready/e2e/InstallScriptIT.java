package dev.goready.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.testing.ArchiveBuilder;
import dev.goready.testing.FaultyServer;
import dev.goready.testing.FaultyServer.Fault;
import dev.goready.testing.GoreadyProcess;
import dev.goready.verify.Sha256;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * install.sh, the script a user pipes into sh, against a release server on 127.0.0.1 with the faults
 * the toolchain installs are tested with. The bundles here are small stand-ins whose bin/goready
 * records how it was called; DistIT runs the script on the real bundle.
 */
class InstallScriptIT {
  private static final Path SCRIPT = GoreadyProcess.REPO.resolve("install.sh");

  @TempDir Path temp;
  private FaultyServer server;
  private Path home;
  private String platform;

  @BeforeEach
  void start() throws Exception {
    server = new FaultyServer();
    home = Files.createDirectories(temp.resolve("home"));
    Process p = new ProcessBuilder(GoreadyProcess.REPO.resolve("scripts/dist/platform.sh").toString()).start();
    platform = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void installsTheNewestBundleLinksItAndRunsEnvWhenTold() throws Exception {
    publish("latest/download", "0.9.0");

    GoreadyProcess.Result result = install(Map.of(), "--yes");

    assertThat(result.exit()).as(result.toString()).isZero();
    Path self = home.resolve(".local/share/goready/self");
    assertThat(Files.readSymbolicLink(self.resolve("current"))).hasToString("0.9.0");
    Path link = home.resolve(".local/bin/goready");
    assertThat(link.toRealPath()).isEqualTo(self.resolve("0.9.0/bin/goready").toRealPath());
    assertThat(calls()).containsExactly("--version", "env");
    assertThat(result.err()).contains("SHA-256 verified").contains("Sigstore not checked (no cosign here)")
        .contains(home.resolve(".local/bin") + " is not on PATH");
    try (var left = Files.list(self)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("0.9.0", "current");
    }
  }

  @Test
  void withoutATerminalOrYesItDoesNotRunEnvButSaysHow() throws Exception {
    publish("latest/download", "0.9.0");

    GoreadyProcess.Result result = install(Map.of());

    assertThat(result.exit()).as(result.toString()).isZero();
    assertThat(calls()).containsExactly("--version");
    assertThat(result.err()).contains("next: run `" + home.resolve(".local/bin/goready") + " env`");
  }

  @Test
  void aNamedVersionComesFromItsOwnReleaseAndTheOldOneStaysForRollback() throws Exception {
    publish("latest/download", "0.9.0");
    assertThat(install(Map.of()).exit()).isZero();
    publish("download/v0.9.1", "0.9.1");

    GoreadyProcess.Result result = install(Map.of(), "--version", "v0.9.1", "--no-env");

    assertThat(result.exit()).as(result.toString()).isZero();
    Path self = home.resolve(".local/share/goready/self");
    assertThat(Files.readSymbolicLink(self.resolve("current"))).hasToString("0.9.1");
    assertThat(self.resolve("0.9.0/bin/goready")).exists();
    assertThat(Files.readString(self.resolve("previous"))).isEqualTo("0.9.0\n");
  }

  @Test
  void aDigestThatDoesNotMatchInstallsNothingAndLeavesTheOldVersionActive() throws Exception {
    publish("latest/download", "0.9.0");
    assertThat(install(Map.of()).exit()).isZero();
    byte[] bundle = bundle("0.9.1", "0.9.1");
    server.serve("/releases/latest/download/SHA256SUMS", sums("0".repeat(64), "0.9.1"));
    server.serve("/releases/latest/download/" + archive("0.9.1"), bundle);

    GoreadyProcess.Result result = install(Map.of());

    assertThat(result.exit()).as(result.toString()).isEqualTo(4);
    assertThat(result.err()).contains("but SHA256SUMS says " + "0".repeat(64)).contains("nothing was installed");
    assertUnchanged("0.9.0");
  }

  @Test
  void aDownloadCutOffIsANetworkFailureThatChangesNothing() throws Exception {
    publish("latest/download", "0.9.0");
    server.fail("/releases/latest/download/" + archive("0.9.0"), new Fault.DropAfter(100));

    GoreadyProcess.Result result = install(Map.of());

    assertThat(result.exit()).as(result.toString()).isEqualTo(3);
    assertThat(result.err()).contains("cannot download " + server.url("/releases/latest/download/" + archive("0.9.0")));
    assertThat(home.resolve(".local/share/goready/self/current")).doesNotExist();
    assertThat(home.resolve(".local/bin/goready")).doesNotExist();
  }

  @Test
  void aServerErrorIsRetried() throws Exception {
    publish("latest/download", "0.9.0");
    server.fail("/releases/latest/download/" + archive("0.9.0"), new Fault.Status(503));

    GoreadyProcess.Result result = install(Map.of());

    assertThat(result.exit()).as(result.toString()).isZero();
    assertThat(server.requestsTo("/releases/latest/download/" + archive("0.9.0"))).isEqualTo(2);
  }

  @Test
  void aReleaseWithoutThisPlatformOrWithoutSumsSaysWhere() throws Exception {
    GoreadyProcess.Result missing = install(Map.of());
    assertThat(missing.exit()).as(missing.toString()).isEqualTo(3);
    assertThat(missing.err()).contains("cannot download " + server.url("/releases/latest/download/SHA256SUMS"));

    server.serve("/releases/latest/download/SHA256SUMS",
        ("a".repeat(64) + "  goready-0.9.0-plan9-x64.tar.gz\n" + "b".repeat(64) + "  ../goready-0.9.0-" + platform + ".tar.gz\n").getBytes(StandardCharsets.UTF_8));
    GoreadyProcess.Result other = install(Map.of());
    assertThat(other.exit()).as(other.toString()).isEqualTo(3);
    assertThat(other.err()).contains("SHA256SUMS lists no bundle for " + platform);
  }

  @Test
  void anArchiveWithEntriesOutsideItsFolderIsRefusedBeforeUnpacking() throws Exception {
    byte[] hostile = new ArchiveBuilder().directory("goready-0.9.0/").file("goready-0.9.0/../../../escaped", "x").tarGz();
    server.serve("/releases/latest/download/SHA256SUMS", sums(sha256(hostile), "0.9.0"));
    server.serve("/releases/latest/download/" + archive("0.9.0"), hostile);

    GoreadyProcess.Result result = install(Map.of());

    assertThat(result.exit()).as(result.toString()).isEqualTo(4);
    assertThat(result.err()).contains("holds entries outside goready-0.9.0/");
    assertThat(home.resolve(".local/share/goready")).doesNotExist();
  }

  @Test
  void aBundleThatDoesNotStartIsNotSwitchedTo() throws Exception {
    publish("latest/download", "0.9.0");
    assertThat(install(Map.of()).exit()).isZero();
    byte[] broken = new ArchiveBuilder().directory("goready-0.9.1/").directory("goready-0.9.1/bin/")
        .file("goready-0.9.1/bin/goready", "#!/bin/sh\necho 'Error: could not find libjava.so' >&2\nexit 1\n".getBytes(StandardCharsets.UTF_8), 0755)
        .directory("goready-0.9.1/runtime/").directory("goready-0.9.1/runtime/bin/")
        .file("goready-0.9.1/runtime/bin/java", "#!/bin/sh\n".getBytes(StandardCharsets.UTF_8), 0755).tarGz();
    server.serve("/releases/latest/download/SHA256SUMS", sums(sha256(broken), "0.9.1"));
    server.serve("/releases/latest/download/" + archive("0.9.1"), broken);

    GoreadyProcess.Result result = install(Map.of());

    assertThat(result.exit()).as(result.toString()).isEqualTo(5);
    assertThat(result.err()).contains("does not start here: Error: could not find libjava.so; nothing was switched");
    assertUnchanged("0.9.0");
  }

  @Test
  void withCosignInstalledTheSigstoreBundleMustVerifyAgainstTheReleaseWorkflow() throws Exception {
    publish("latest/download", "0.9.0");
    server.serve("/releases/latest/download/" + archive("0.9.0") + ".sigstore.json", "{}".getBytes(StandardCharsets.UTF_8));
    Path tools = Files.createDirectories(temp.resolve("cosign-bin"));
    Path cosign = tools.resolve("cosign");
    Files.writeString(cosign, "#!/bin/sh\necho \"$@\" > \"$HOME/cosign-args\"\nexit ${COSIGN_EXIT:-0}\n");
    cosign.toFile().setExecutable(true);
    Map<String, String> path = Map.of("PATH", tools + ":/usr/bin:/bin");

    GoreadyProcess.Result refused = install(Map.of("PATH", path.get("PATH"), "COSIGN_EXIT", "1"));
    assertThat(refused.exit()).as(refused.toString()).isEqualTo(4);
    assertThat(refused.err()).contains("was not signed by goready's release workflow");
    assertThat(home.resolve(".local/share/goready/self/current")).doesNotExist();

    GoreadyProcess.Result verified = install(path);
    assertThat(verified.exit()).as(verified.toString()).isZero();
    assertThat(verified.err()).contains("Sigstore verified");
    assertThat(Files.readString(home.resolve("cosign-args")))
        .contains("verify-blob --bundle ")
        .contains("--certificate-identity-regexp ^https://github\\.com/goready/goready/\\.github/workflows/release\\.yml@refs/tags/v")
        .contains("--certificate-oidc-issuer https://token.actions.githubusercontent.com");
  }

  @Test
  void aFileOfTheUsersWhereTheLinkGoesIsLeftAlone() throws Exception {
    publish("latest/download", "0.9.0");
    Path mine = Files.createDirectories(home.resolve(".local/bin")).resolve("goready");
    Files.writeString(mine, "my own script\n");

    GoreadyProcess.Result result = install(Map.of());

    assertThat(result.exit()).as(result.toString()).isEqualTo(5);
    assertThat(result.err()).contains(mine + " exists and is not goready's link; move it away");
    assertThat(mine).hasContent("my own script");
  }

  @Test
  void badOptionsAndPlainHttpMirrorsAreUsageErrors() throws Exception {
    GoreadyProcess.Result http = run(List.of("sh", SCRIPT.toString()), Map.of("GOREADY_SELF_URL", "http://mirror.example/releases"));
    assertThat(http.exit()).isEqualTo(2);
    assertThat(http.err()).contains("GOREADY_SELF_URL=http://mirror.example/releases is not an https:// URL");

    GoreadyProcess.Result version = install(Map.of(), "--version", "1.0;rm");
    assertThat(version.exit()).isEqualTo(2);
    assertThat(version.err()).contains("--version 1.0;rm is not a version");

    GoreadyProcess.Result unknown = install(Map.of(), "--frobnicate");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown option --frobnicate");
  }

  private void assertUnchanged(String version) throws Exception {
    Path self = home.resolve(".local/share/goready/self");
    assertThat(Files.readSymbolicLink(self.resolve("current"))).hasToString(version);
    try (var left = Files.list(self)) {
      assertThat(left.map(p -> p.getFileName().toString())).as("no staging folder left").containsExactlyInAnyOrder(version, "current");
    }
  }

  private GoreadyProcess.Result install(Map<String, String> env, String... args) throws Exception {
    List<String> argv = new ArrayList<>(List.of("sh", SCRIPT.toString()));
    argv.addAll(List.of(args));
    Map<String, String> all = new java.util.HashMap<>(Map.of("GOREADY_SELF_URL", server.url("/releases").toString()));
    all.putAll(env);
    return run(argv, all);
  }

  /** With a bare environment: the tester's own ~/.local/bin, XDG folders and proxies stay out. */
  private GoreadyProcess.Result run(List<String> argv, Map<String, String> env) throws Exception {
    // setsid: no controlling terminal, as under CI, so the script cannot stop to ask on /dev/tty.
    List<String> bare = new ArrayList<>(List.of("setsid", "-w", "env", "-i", "HOME=" + home, "PATH=" + env.getOrDefault("PATH", "/usr/bin:/bin"), "TMPDIR=" + temp));
    env.forEach((k, v) -> {
      if (!k.equals("PATH")) {
        bare.add(k + "=" + v);
      }
    });
    bare.addAll(argv);
    ProcessBuilder builder = new ProcessBuilder(bare).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    return GoreadyProcess.finish(builder.start(), 120);
  }

  private void publish(String release, String version) throws java.io.IOException {
    byte[] bundle = bundle(version, version);
    server.serve("/releases/" + release + "/SHA256SUMS", sums(sha256(bundle), version));
    server.serve("/releases/" + release + "/" + archive(version), bundle);
  }

  private List<String> calls() throws Exception {
    return Files.readAllLines(home.resolve("calls"));
  }

  private String archive(String version) {
    return "goready-" + version + "-" + platform + ".tar.gz";
  }

  /** SHA256SUMS as scripts/dist/sha256sums.sh writes it, with another platform's line beside this one's. */
  private byte[] sums(String hex, String version) {
    String other = platform.startsWith("linux-x64") ? "linux-arm64" : "linux-x64";
    return ("c".repeat(64) + "  goready-" + version + "-" + other + ".tar.gz\n" + hex + "  " + archive(version) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] bundle(String folderVersion, String version) {
    String top = "goready-" + folderVersion + "/";
    String launcher = "#!/bin/sh\necho \"$*\" >> \"$HOME/calls\"\n[ \"$1\" = --version ] && echo 'goready " + version + "'\nexit 0\n";
    return new ArchiveBuilder().directory(top).directory(top + "bin/")
        .file(top + "bin/goready", launcher.getBytes(StandardCharsets.UTF_8), 0755)
        .directory(top + "runtime/").directory(top + "runtime/bin/")
        .file(top + "runtime/bin/java", "#!/bin/sh\n".getBytes(StandardCharsets.UTF_8), 0755)
        .file(top + "VERSION", version + "\n").tarGz();
  }

  private static String sha256(byte[] bytes) throws java.io.IOException {
    return Sha256.ofStream(new ByteArrayInputStream(bytes));
  }
}
