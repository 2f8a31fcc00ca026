package dev.goready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.testing.ArchiveBuilder;
import dev.goready.testing.FaultyServer;
import dev.goready.testing.Run;
import dev.goready.testing.TestHost;
import dev.goready.verify.Sha256;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** goready self update, rollback and uninstall as a user types them (SelfUpdaterTest covers the faults). */
class SelfCommandsTest {
  @TempDir Path temp;
  private FaultyServer server;
  private Path goreadyHome;
  private Path userHome;

  @BeforeEach
  void start() throws Exception {
    server = new FaultyServer();
    goreadyHome = temp.resolve("data/goready");
    userHome = Files.createDirectories(temp.resolve("user"));
  }

  @AfterEach
  void stop() {
    server.close();
    System.clearProperty("goready.bundle");
  }

  private Run run(String... args) {
    TestHost host = new TestHost().with("HOME", userHome.toString()).with("GOREADY_HOME", goreadyHome.toString())
        .with("GOREADY_SELF_URL", server.url("/releases").toString()).with("SHELL", "/bin/bash");
    return Run.of(host, args);
  }

  @Test
  void aCheckoutIsNotReplacedByABundle() {
    Run update = run("self", "update");

    assertThat(update.exit()).isEqualTo(2);
    assertThat(update.err()).contains("this goready runs from a source checkout, which self update does not replace")
        .contains("git pull");
  }

  @Test
  void updateSwitchesAndSaysHowToGoBackAndRollbackDoes() throws Exception {
    publish("0.9.0");
    System.setProperty("goready.bundle", temp.resolve("unpacked/goready-0.8.0").toString());
    Run first = run("self", "update", "v0.9.0");
    assertThat(first.exit()).as(first.toString()).isZero();
    assertThat(first.out()).isEqualTo("goready 0.9.0 is current: " + goreadyHome.resolve("self/0.9.0") + "\n");
    assertThat(first.err()).as("a bundle unpacked by hand is told where the new one is")
        .contains("the new one runs as " + goreadyHome.resolve("self/current/bin/goready"));

    System.setProperty("goready.bundle", goreadyHome.resolve("self/0.9.0").toString());
    publish("0.9.1");
    Run second = run("self", "update", "0.9.1");
    assertThat(second.out()).isEqualTo("goready 0.9.1 is current (was 0.9.0; goready self rollback goes back): " + goreadyHome.resolve("self/0.9.1") + "\n");
    assertThat(second.err()).doesNotContain("the new one runs as");
    assertThat(run("self", "update", "0.9.1").out()).startsWith("goready 0.9.1 is up to date");

    Run back = run("self", "rollback");
    assertThat(back.exit()).as(back.toString()).isZero();
    assertThat(back.out()).isEqualTo("goready 0.9.0 is current (was 0.9.1): " + goreadyHome.resolve("self/0.9.0") + "\n");
    assertThat(run("audit").out()).contains("self-update").contains("self-rollback");
  }

  @Test
  void aVersionThatCannotBeAFolderNameIsAUsageError() {
    System.setProperty("goready.bundle", temp.resolve("b").toString());
    Run bad = run("self", "update", "../../etc");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("'../../etc' is not a goready version");
  }

  @Test
  void uninstallRemovesTheProfileBlockTheLinkAndWithYesGoreadyHome() throws Exception {
    Path bashrc = Files.writeString(userHome.resolve(".bashrc"), "# mine\nalias ll='ls -l'\n");
    assertThat(run("env", "--shell", "bash").exit()).isZero();
    assertThat(Files.readString(bashrc)).contains("goready");
    Path bundle = Files.createDirectories(goreadyHome.resolve("self/0.9.0/bin"));
    Files.createSymbolicLink(goreadyHome.resolve("self/current"), Path.of("0.9.0"));
    Path link = Files.createDirectories(userHome.resolve(".local/bin")).resolve("goready");
    Files.createSymbolicLink(link, goreadyHome.resolve("self/current/bin/goready"));
    Path mine = Files.writeString(userHome.resolve(".local/bin/gofmt-wrapper"), "#!/bin/sh\n");

    Run kept = run("self", "uninstall");
    assertThat(kept.exit()).as(kept.toString()).isZero();
    assertThat(kept.out()).contains("restored " + bashrc).contains("removed " + link).contains("kept " + goreadyHome + " (delete it with goready self uninstall --yes)");
    assertThat(Files.readString(bashrc)).isEqualTo("# mine\nalias ll='ls -l'\n");
    assertThat(bundle).exists();

    Run gone = run("self", "uninstall", "--yes");
    assertThat(gone.exit()).as(gone.toString()).isZero();
    assertThat(gone.out()).contains("removed " + goreadyHome);
    assertThat(goreadyHome).doesNotExist();
    assertThat(mine).exists();
  }

  @Test
  void uninstallLeavesAGoreadyOfTheUsersOwnInTheBinFolder() throws Exception {
    Path own = Files.createDirectories(userHome.resolve(".local/bin")).resolve("goready");
    Files.writeString(own, "#!/bin/sh\nexec java -jar ~/src/goready/target/goready.jar \"$@\"\n");

    Run run = run("self", "uninstall", "--keep-home");

    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(run.out()).contains("left " + own + ": not goready's link");
    assertThat(own).exists();
  }

  private void publish(String version) throws Exception {
    String platform = dev.goready.self.BundleName.platformOf(new TestHost());
    String name = new dev.goready.self.BundleName(version, platform).filename();
    String top = "goready-" + version + "/";
    byte[] bundle = new ArchiveBuilder().directory(top).directory(top + "bin/")
        .file(top + "bin/goready", ("#!/bin/sh\necho goready " + version + "\n").getBytes(StandardCharsets.UTF_8), 0755)
        .directory(top + "runtime/").directory(top + "runtime/bin/")
        .file(top + "runtime/bin/java", "#!/bin/sh\n".getBytes(StandardCharsets.UTF_8), 0755).tarGz();
    String sums = Sha256.ofStream(new ByteArrayInputStream(bundle)) + "  " + name + "\n";
    server.serve("/releases/download/v" + version + "/SHA256SUMS", sums.getBytes(StandardCharsets.UTF_8));
    server.serve("/releases/download/v" + version + "/" + name, bundle);
  }
}
