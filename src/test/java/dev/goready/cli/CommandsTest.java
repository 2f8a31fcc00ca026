package dev.goready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
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

/** list, use, uninstall, audit and the help texts, run in-process like a user would run them. */
class CommandsTest {
  @TempDir Path temp;
  FaultyServer server;

  @BeforeEach
  void serve() throws IOException {
    server = new FaultyServer();
    IndexBuilder index = new IndexBuilder();
    for (String version : List.of("go1.23rc1", "go1.22.5", "go1.22.4", "go1.21.12", "go1.20.14")) {
      byte[] archive = ArchiveBuilder.goToolchain(version, "linux", "amd64").tarGz();
      server.serve("/go/" + version + ".linux-amd64.tar.gz", archive);
      index.archive(version, "linux", "amd64", archive);
    }
    server.serve("/index.json", index.bytes());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  TestHost host() {
    return new TestHost()
        .with("GOREADY_HOME", temp.resolve("home").toString())
        .with("GOREADY_INDEX", server.url("/index.json").toString())
        .with("GOREADY_DOWNLOAD_URL", server.url("/go").toString());
  }

  Run run(String... args) {
    return Run.of(host(), args);
  }

  void install(String version) {
    Run run = run("install", version, "--os", "linux", "--arch", "amd64", "--quiet");
    assertThat(run.exit()).as(run.toString()).isZero();
  }

  @Test
  void listMarksTheActiveToolchainNewestFirst() throws IOException {
    Run empty = run("list");
    assertThat(empty.exit()).isZero();
    assertThat(empty.err()).contains("no toolchains installed");
    install("1.22.4");
    install("1.21.12");
    install("1.22.5");
    assertThat(run("list").out()).isEqualTo("* go1.22.5\n  go1.22.4\n  go1.21.12\n");
    var json = new ObjectMapper().readTree(run("list", "--json").out());
    assertThat(json.get(0).get("version").asText()).isEqualTo("go1.22.5");
    assertThat(json.get(0).get("active").asBoolean()).isTrue();
    assertThat(json.get(1).get("active").asBoolean()).isFalse();
  }

  @Test
  void listRemoteShowsSupportedLinesAndAllShowsTheRest() {
    Run remote = run("list", "--remote", "--os", "linux", "--arch", "amd64");
    assertThat(remote.exit()).as(remote.toString()).isZero();
    assertThat(remote.out()).isEqualTo("go1.22.5\ngo1.22.4\ngo1.21.12\n");
    assertThat(run("list", "--remote", "--all", "--os", "linux", "--arch", "amd64").out())
        .isEqualTo("go1.23rc1  (unstable)\ngo1.22.5\ngo1.22.4\ngo1.21.12\ngo1.20.14\n");
    Run none = run("list", "--remote", "--os", "darwin", "--arch", "arm64");
    assertThat(none.out()).isEmpty();
    assertThat(none.err()).contains("no stable release for darwin/arm64");
  }

  @Test
  void useSwitchesAndRefusesWhatIsNotInstalled() throws IOException {
    install("1.22.4");
    install("1.22.5");
    Run use = run("use", "1.22.4");
    assertThat(use.exit()).as(use.toString()).isZero();
    assertThat(Files.readSymbolicLink(temp.resolve("home/current")).toString()).isEqualTo("toolchains/go1.22.4");
    Run missing = run("use", "go1.21.12");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("go1.21.12 is not installed", "installed: go1.22.5, go1.22.4");
    assertThat(run("use", "banana").exit()).isEqualTo(2);
  }

  @Test
  void uninstallRefusesTheActiveOneUnlessForced() {
    install("1.22.4");
    install("1.22.5");
    Run refused = run("uninstall", "1.22.5");
    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.err()).contains("go1.22.5 is the active toolchain", "--force");
    assertThat(run("uninstall", "1.22.4").exit()).isZero();
    assertThat(temp.resolve("home/toolchains/go1.22.4")).doesNotExist();
    Run forced = run("uninstall", "go1.22.5", "--force");
    assertThat(forced.exit()).isZero();
    assertThat(temp.resolve("home/current")).doesNotExist();
    assertThat(temp.resolve("home/toolchains/go1.22.5")).doesNotExist();
  }

  @Test
  void auditShowsATableAndVerifyCatchesAnEdit() throws IOException {
    install("1.22.5");
    Run table = run("audit");
    assertThat(table.out()).contains("TIME", "ACTION", "download", "verify", "install", "activate", "go1.22.5");
    Run ok = run("audit", "verify");
    assertThat(ok.exit()).isZero();
    assertThat(ok.out()).contains("4 lines, chain verified");

    Path log = temp.resolve("home/audit.jsonl");
    List<String> lines = Files.readAllLines(log);
    lines.set(1, lines.get(1).replace("\"result\":\"ok\"", "\"result\":\"ok \""));
    Files.write(log, lines);
    Run tampered = run("audit", "verify");
    assertThat(tampered.exit()).isEqualTo(4);
    assertThat(tampered.err()).contains("line 2 was edited: line 3 recorded a different hash for it", "the entries from line 2 on cannot be trusted");
  }

  @Test
  void helpDocumentsExitCodesAndSettingsOnEveryCommand() {
    for (String command : List.of("install", "list", "use", "uninstall", "audit")) {
      Run help = run(command, "--help");
      assertThat(help.exit()).isZero();
      assertThat(help.out()).contains("Exit codes:", "4  integrity failure", "5  local environment problem", "GOREADY_HOME", "GOREADY_DOWNLOAD_URL");
    }
    assertThat(run("--version").out()).startsWith("goready ");
  }

  /** In every list of commands, each summary is a whole sentence, not the first line of a longer one. */
  @Test
  void everyCommandSummaryIsAWholeSentence() {
    for (List<String> parent : List.of(List.<String>of(), List.of("wsl"), List.of("windows"), List.of("soak"), List.of("audit"), List.of("verify"))) {
      List<String> args = new java.util.ArrayList<>(parent);
      args.add("--help");
      String help = run(args.toArray(String[]::new)).out();
      int start = help.indexOf("Commands:\n") + 10;
      String commands = help.substring(start, help.indexOf("\n\n", start));
      List<String> entries = new java.util.ArrayList<>();
      for (String line : commands.split("\n")) {
        if (line.matches("  \\S.*")) {
          entries.add(line.strip());
        } else if (!line.isBlank()) {
          entries.set(entries.size() - 1, entries.getLast() + " " + line.strip());
        }
      }
      assertThat(entries).as("goready " + String.join(" ", parent)).isNotEmpty().allMatch(e -> e.endsWith("."));
    }
  }

  @Test
  void versionIsAnOptionOfGoreadyAloneAndBareGroupsPrintTheirCommands() {
    assertThat(run("--help").out()).contains("-V, --version");
    assertThat(run("install", "--help").out()).doesNotContain("-V", "--version");
    assertThat(run("wsl", "config", "--help").out()).doesNotContain("-V", "--version");
    Run wsl = run("wsl");
    assertThat(wsl.exit()).isZero();
    assertThat(wsl.out()).startsWith("Usage: goready wsl").contains("config", "portproxy", "link-workspace").doesNotContain("-V");
    assertThat(run("windows").out()).startsWith("Usage: goready windows").contains("defender");
  }

  @Test
  void unknownOptionsAreUsageErrorsWithAHint() {
    Run run = run("install", "--frobnicate");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option: '--frobnicate'", "goready install --help");
    assertThat(run("install", "--os", "plan10").err()).contains("--os plan10: unknown operating system");
  }

  @Test
  void outsideTextInAnErrorCannotDriveTheTerminal() {
    Run run = Run.of(new TestHost().with("GOREADY_HOME", temp.resolve("gr").toString()), "install", "1.22\u001b[2J\u202e");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("1.22\\x1b[2J\\u202e").doesNotContain("\u001b").doesNotContain("\u202e");
  }

  @Test
  void nothingChangesThatTheAuditLogCannotRecord() throws IOException {
    install("1.22.5");
    install("1.21.12");
    Path log = temp.resolve("home/audit.jsonl");
    Path kept = Files.move(log, temp.resolve("audit.kept"));
    Files.createDirectory(log); // a log goready cannot append to
    Run use = run("use", "1.22.5");
    assertThat(use.exit()).as(use.toString()).isEqualTo(5);
    assertThat(use.err()).contains("audit log", "nothing was changed");
    Run uninstall = run("uninstall", "1.22.5");
    assertThat(uninstall.exit()).isEqualTo(5);
    Files.delete(log);
    Files.move(kept, log);
    assertThat(run("list").out()).contains("* go1.21.12", "  go1.22.5");
  }

  @Test
  void useAndUninstallTakeInstallsSelectors() throws IOException {
    install("1.22.4");
    install("1.21.12");
    install("1.22.5");
    assertThat(run("use", "1.21").exit()).isZero();
    assertThat(Files.readSymbolicLink(temp.resolve("home/current")).toString()).isEqualTo("toolchains/go1.21.12");
    assertThat(run("use", "1.22").out()).contains("active: go1.22.5");
    assertThat(run("use", "latest").out()).contains("active: go1.22.5");
    assertThat(temp.resolve("home/downloads/go1.22.4.linux-amd64.tar.gz")).exists();
    assertThat(run("uninstall", "1.22.4").exit()).isZero();
    assertThat(temp.resolve("home/downloads/go1.22.4.linux-amd64.tar.gz")).doesNotExist();
    assertThat(temp.resolve("home/downloads/go1.22.5.linux-amd64.tar.gz")).exists();
    assertThat(run("uninstall", "1.21", "--keep-download").exit()).isZero();
    assertThat(temp.resolve("home/downloads/go1.21.12.linux-amd64.tar.gz")).exists();
    Run forced = run("uninstall", "latest", "--force");
    assertThat(forced.exit()).as(forced.toString()).isZero();
    assertThat(forced.err()).contains("no toolchain is active now", "goready use VERSION");
  }

  @Test
  void mistypesGetSuggestionsAndJsonUsersGetTheErrorOnStdout() {
    Run typo = run("instal", "1.22");
    assertThat(typo.exit()).isEqualTo(2);
    assertThat(typo.err()).contains("did you mean install?");
    Run json = run("install", "banana", "--json");
    assertThat(json.exit()).isEqualTo(2);
    assertThat(json.out()).contains("\"error\"", "\"message\" : \"'banana' is not a Go version", "\"exit\" : 2");
    Run unknownOption = run("list", "--json", "--remtoe");
    assertThat(unknownOption.exit()).isEqualTo(2);
    assertThat(unknownOption.out()).contains("\"error\"", "Unknown option: '--remtoe'", "did you mean --remote?", "\"exit\" : 2");
    server.close();
    Run offline = run("list", "--remote", "--json", "--retries", "0");
    assertThat(offline.exit()).as(offline.toString()).isEqualTo(3);
    assertThat(offline.out()).contains("\"error\"", "cannot fetch release index", "\"exit\" : 3");
    Run compare = run("soak", "compare", temp.resolve("soak-a").toString(), temp.resolve("soak-b").toString());
    assertThat(compare.exit()).isEqualTo(2);
    assertThat(compare.err()).contains("soak-a holds no summary.json: it is not a folder goready soak wrote");
    Run soak = run("soak", "--cycles", "0");
    assertThat(soak.exit()).isEqualTo(2);
    assertThat(soak.err()).contains("--cycles 0 is not a positive number");
  }

  @Test
  void aToolchainARunningProcessUsesIsNotUninstalled() throws Exception {
    install("1.22.4");
    install("1.22.5");
    Path sleep = Files.copy(Path.of("/bin/sleep"), temp.resolve("home/toolchains/go1.22.4/bin/sleep"));
    sleep.toFile().setExecutable(true);
    Process running = new ProcessBuilder(sleep.toString(), "60").start();
    try {
      Run refused = run("uninstall", "1.22.4");
      assertThat(refused.exit()).as(refused.toString()).isEqualTo(5);
      assertThat(refused.err()).contains("go1.22.4 is in use by process " + running.pid(), "--force");
      assertThat(temp.resolve("home/toolchains/go1.22.4")).isDirectory();
    } finally {
      running.destroyForcibly().waitFor();
    }
    assertThat(run("uninstall", "1.22.4").exit()).isZero();
  }

  @Test
  void listRemoteFallsBackToTheCachedIndexWhenOffline() {
    assertThat(run("list", "--remote").exit()).isZero(); // fetched once: the copy is kept
    Run mistyped = run("list", "--remote", "--index", server.url("/no-such-index.json").toString());
    assertThat(mistyped.exit()).as("a 404 is an answer, not being offline").isEqualTo(3);
    assertThat(mistyped.err()).contains("HTTP 404", "--index").doesNotContain("using the index cached");
    server.close();
    Run offline = run("list", "--remote", "--retries", "0");
    assertThat(offline.exit()).as(offline.toString()).isZero();
    assertThat(offline.out()).contains("go1.22.5");
    assertThat(offline.err()).contains("using the index cached", "ago");
  }

  @Test
  void aSoakWhoseStepsRunGoNeedsAGoOnPathBeforeTheFirstCycle() throws IOException {
    Path project = Files.createDirectories(temp.resolve("project"));
    Files.writeString(project.resolve("go.mod"), "module example.com/p\n\ngo 1.21\n");
    Path bin = Files.createDirectories(temp.resolve("bin"));
    Path out = temp.resolve("soak-out");
    Run run = Run.of(host().with("PATH", bin.toString()), "soak", "--project", project.toString(), "--cycles", "1", "--out", out.toString());
    assertThat(run.exit()).as(run.toString()).isEqualTo(5);
    assertThat(run.err()).contains("no go on PATH for the soak's build and test steps", "goready install");
    assertThat(out).doesNotExist();
  }

  @Test
  void resumingFromAFolderWithoutASoaksStateIsAUsageError() throws IOException {
    Path project = Files.createDirectories(temp.resolve("project"));
    Files.writeString(project.resolve("go.mod"), "module example.com/p\n\ngo 1.21\n");
    Path out = Files.createDirectories(temp.resolve("not-a-soak"));
    for (String state : new String[] {null, "{\"cycles\": [", "[1, 2]"}) {
      if (state != null) {
        Files.writeString(out.resolve("state.json"), state);
      }
      Run run = run("soak", "--project", project.toString(), "--resume", out.toString());
      assertThat(run.exit()).as(run.toString()).isEqualTo(2);
      assertThat(run.err()).contains("cannot resume from " + out.resolve("state.json")).doesNotContain("internal error");
    }
  }
}
