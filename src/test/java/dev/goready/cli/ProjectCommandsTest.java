package dev.goready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.testing.ArchiveBuilder;
import dev.goready.testing.FaultyServer;
import dev.goready.testing.IndexBuilder;
import dev.goready.testing.Run;
import dev.goready.testing.TestHost;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** install from a project's go.mod, current, which, prune and list --in, run in-process against a loopback mirror. */
class ProjectCommandsTest {
  @TempDir Path temp;
  FaultyServer server;
  Path home;
  Path projects;

  @BeforeEach
  void serve() throws IOException {
    server = new FaultyServer();
    IndexBuilder index = new IndexBuilder();
    for (String version : List.of("go1.23.4", "go1.22.5", "go1.21.12")) {
      byte[] archive = ArchiveBuilder.goToolchain(version, "linux", "amd64").tarGz();
      server.serve("/go/" + version + ".linux-amd64.tar.gz", archive);
      index.archive(version, "linux", "amd64", archive);
    }
    server.serve("/index.json", index.bytes());
    home = temp.resolve("home");
    projects = Files.createDirectories(temp.resolve("src"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  Run run(Path cwd, String... args) {
    return Run.of(host(cwd), args);
  }

  TestHost host(Path cwd) {
    return new TestHost()
        .with("GOREADY_HOME", home.toString())
        .with("GOREADY_INDEX", server.url("/index.json").toString())
        .with("GOREADY_DOWNLOAD_URL", server.url("/go").toString())
        .with("TEST_CWD", cwd.toString());
  }

  Path project(String name, String goMod) throws IOException {
    Path dir = Files.createDirectories(projects.resolve(name));
    Files.writeString(dir.resolve("go.mod"), goMod);
    return dir;
  }

  void ok(Run run) {
    assertThat(run.exit()).as(run.toString()).isZero();
  }

  @Test
  void aProjectsPinInstallsBesideTheDefaultInsteadOfReplacingIt() throws IOException {
    ok(run(temp, "install", "1.23.4", "--os", "linux", "--arch", "amd64", "--quiet"));
    Path app = project("app", "module example.com/app\n\ngo 1.21\n\ntoolchain go1.22.5\n");
    Run pinned = run(app, "install", "go.mod", "--os", "linux", "--arch", "amd64", "--quiet");
    ok(pinned);
    assertThat(pinned.out()).contains("installed go1.22.5").contains("your default stays go1.23.4; goready use go1.22.5 makes this one the default");
    assertThat(run(temp, "list").out()).isEqualTo("* go1.23.4\n  go1.22.5\n");

    Run current = run(app, "current");
    assertThat(current.out()).isEqualTo("go1.22.5 (" + app.resolve("go.mod") + ", toolchain line)\n");
    assertThat(run(app, "which").out()).isEqualTo(home.resolve("toolchains/go1.22.5/bin/go") + "\n");
    assertThat(run(temp, "current").out()).isEqualTo("go1.23.4 (your default (goready use))\n");

    ok(run(app, "install", "go.mod", "--use", "--os", "linux", "--arch", "amd64", "--quiet"));
    assertThat(run(temp, "list").out()).isEqualTo("  go1.23.4\n* go1.22.5\n");
  }

  @Test
  void aPinThatIsNotInstalledSaysHowToInstallItAndExitsFive() throws IOException {
    ok(run(temp, "install", "1.23.4", "--os", "linux", "--arch", "amd64", "--quiet"));
    Path app = project("app", "module m\n\ngo 1.24.2\n");
    Run current = run(app, "current");
    assertThat(current.exit()).isEqualTo(5);
    assertThat(current.err()).contains("go >=go1.24.2 is not installed").contains("hint: run goready install 1.24");
    Run which = run(app, "which");
    assertThat(which.exit()).isEqualTo(5);
    assertThat(which.err()).contains(app.resolve("go.mod") + ", go line asks for go >=go1.24.2, which is not installed");
    Files.writeString(app.resolve(".go-version"), "system\n");
    Run junk = run(app, "current");
    assertThat(junk.exit()).isEqualTo(2);
    assertThat(junk.err()).contains(app.resolve(".go-version") + ": 'system' is not a Go version");
  }

  @Test
  void execInstallsAMissingPinWhenAskedAndRunsTheCommandWithIt() throws IOException {
    ok(run(temp, "install", "1.23.4", "--os", "linux", "--arch", "amd64", "--quiet"));
    Path app = project("app", "module m\n\ngo 1.21\n\ntoolchain go1.22.5\n");
    Path marker = temp.resolve("ran");
    String[] command = {"exec", "--", "sh", "-c", "go version > " + marker};
    Run refused = run(app, command);
    assertThat(refused.exit()).isEqualTo(5);
    assertThat(marker).doesNotExist();

    Run installed = Run.of(host(app).with("GOREADY_AUTO_INSTALL", "1"), command);
    ok(installed);
    assertThat(installed.err()).contains("installing it (GOREADY_AUTO_INSTALL=1)");
    assertThat(Files.readString(marker)).isEqualTo("go version go1.22.5 linux/amd64\n");
    assertThat(run(temp, "list").out()).isEqualTo("* go1.23.4\n  go1.22.5\n"); // installed beside the default
  }

  @Test
  void pruneKeepsTheDefaultAndWhatProjectsPinAndEmptiesTheCache() throws IOException {
    for (String version : List.of("1.21.12", "1.22.5", "1.23.4")) {
      ok(run(temp, "install", version, "--os", "linux", "--arch", "amd64", "--quiet"));
    }
    Files.writeString(Files.createDirectories(projects.resolve("tool/cmd")).resolve(".go-version"), "1.22\n");
    Files.writeString(projects.resolve("tool/cmd/.go-version"), "1.22\n");
    Path hidden = Files.createDirectories(projects.resolve(".cache/old"));
    Files.writeString(hidden.resolve("go.mod"), "module old\n\ngo 1.21\n\ntoolchain go1.21.12\n");

    Run withoutFolders = run(temp, "prune", "--dry-run");
    ok(withoutFolders);
    assertThat(withoutFolders.err()).contains("no project folders given");
    assertThat(withoutFolders.out()).doesNotContain("would remove go1").contains("would remove 6 cached download(s)");

    Run dry = run(temp, "prune", "--in", projects.toString(), "--dry-run");
    ok(dry);
    assertThat(dry.out()).contains("keep   go1.23.4  your default (current)", "keep   go1.22.5  pinned by " + projects.resolve("tool/cmd"),
        "would remove go1.21.12");
    assertThat(home.resolve("toolchains/go1.21.12")).isDirectory();

    Run list = run(temp, "list", "--in", projects.toString());
    assertThat(list.out()).contains("  go1.22.5  pinned by " + projects.resolve("tool/cmd"));

    ok(run(temp, "prune", "--in", projects.toString()));
    assertThat(run(temp, "list").out()).isEqualTo("* go1.23.4\n  go1.22.5\n");
    try (var left = Files.list(home.resolve("downloads"))) {
      assertThat(left.map(f -> f.getFileName().toString())).allMatch(name -> name.startsWith("index.json")); // archives go, the index stays
    }
    assertThat(run(temp, "audit").out()).contains("uninstall");
    ok(run(temp, "audit", "verify"));
  }
}
