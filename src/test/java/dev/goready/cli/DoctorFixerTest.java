package dev.goready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goready.doctor.CheckReport;
import dev.goready.doctor.Fix;
import dev.goready.doctor.FixAction;
import dev.goready.doctor.Report;
import dev.goready.doctor.Result;
import dev.goready.host.HostKind;
import dev.goready.testing.ArchiveBuilder;
import dev.goready.testing.FaultyServer;
import dev.goready.testing.IndexBuilder;
import dev.goready.testing.Run;
import dev.goready.testing.TestHost;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** doctor --fix: the plan, its refusals, and a real run of goready's own commands on a machine that needs them. */
class DoctorFixerTest {
  @TempDir Path temp;

  private static CheckReport check(String id, Result result) {
    return new CheckReport(id, id.split("\\.")[0], result, 1);
  }

  @Test
  void thePlanTakesEachActionOnceFromWarningsAndFailuresOnly() {
    Report report = new Report("linux", "amd64", HostKind.LINUX, List.of(
        check("path.go", Result.fail("no go on PATH", List.of(), Fix.of("t", "goready install", "goready env"))),
        check("go.version", Result.warn("old", List.of(), Fix.of("t", "goready install"))),
        check("fs.gomodcache", Result.fail("on /mnt/c", List.of(), Fix.of("t", "go env -w GOMODCACHE=/home/ann/go/pkg/mod"))),
        check("distro", new Result(dev.goready.doctor.Status.OK, "fine", List.of(), java.util.Optional.of(Fix.of("t", "goready use 1.22"))))));
    Map<FixAction, Set<String>> plan = DoctorFixer.plan(report);
    assertThat(plan.keySet()).extracting(FixAction::command).containsExactly("goready install", "goready env");
    assertThat(plan.values()).containsExactly(Set.of("path.go", "go.version"), Set.of("path.go"));
  }

  @Test
  void fixChangesThisMachineSoItRefusesASnapshotAndMachineFormats() {
    Run fromSnapshot = Run.of(new TestHost(), "doctor", "--fix", "--from", DoctorCommandTest.fixture("wsl1-ubuntu"));
    assertThat(fromSnapshot.exit()).isEqualTo(2);
    assertThat(fromSnapshot.err()).contains("--fix", "not with --from");
    Run json = Run.of(new TestHost(), "doctor", "--fix", "--format", "json");
    assertThat(json.exit()).isEqualTo(2);
    assertThat(json.err()).contains("not with --format json");
  }

  @Test
  void jsonCarriesTheActionAsArgumentListsOrNull() throws IOException {
    Run run = Run.of(new TestHost(), "doctor", "--from", DoctorCommandTest.fixture("windows-11-arm64-x64-go"), "--format", "json");
    Map<String, JsonNode> fixes = new java.util.HashMap<>();
    new ObjectMapper().readTree(run.out()).get("checks").forEach(check -> fixes.put(check.get("id").asText(), check.get("fix")));
    JsonNode action = fixes.get("go.env").get("action");
    assertThat(action.get("kind").asText()).isEqualTo("goready");
    assertThat(action.get("steps").toString()).isEqualTo("[[\"install\",\"--arch\",\"arm64\"]]");
    assertThat(action.get("held").toString()).isEqualTo("[null]");
    JsonNode defender = fixes.get("windows.defender").get("action");
    assertThat(defender.get("steps").toString()).isEqualTo("[[\"windows\",\"defender\",\"--apply\"]]");
    assertThat(defender.get("held").get(0).asText()).isEqualTo("needs an elevated (administrator) terminal");
    Run gomodcache = Run.of(new TestHost(), "doctor", "--from", DoctorCommandTest.fixture("wsl2-gomodcache-on-c"), "--format", "json", "--only", "fs.gomodcache");
    JsonNode shellFix = DoctorCommandTest.check(new ObjectMapper().readTree(gomodcache.out()), "fs.gomodcache").get("fix");
    assertThat(shellFix.get("commands").get(0).asText()).startsWith("go env -w");
    assertThat(shellFix.get("action").isNull()).isTrue();
  }

  @Test
  void withYesItRunsGoreadysOwnFixAndChecksAgain() throws IOException {
    try (FaultyServer server = new FaultyServer()) {
      byte[] archive = ArchiveBuilder.goToolchain("go1.22.5", "linux", "amd64").tarGz();
      server.serve("/go/go1.22.5.linux-amd64.tar.gz", archive);
      server.serve("/index.json", new IndexBuilder().archive("go1.22.5", "linux", "amd64", archive).bytes());
      Path user = Files.createDirectories(temp.resolve("ann"));
      Files.writeString(user.resolve(".bashrc"), "alias ll='ls -l'\n");
      TestHost host = new TestHost()
          .with("HOME", user.toString())
          .with("SHELL", "/bin/bash")
          .with("PATH", "/usr/bin:/bin")
          .with("GOREADY_HOME", temp.resolve("home").toString())
          .with("GOREADY_INDEX", server.url("/index.json").toString())
          .with("GOREADY_DOWNLOAD_URL", server.url("/go").toString());
      Run install = Run.of(host, "install", "1.22.5", "--os", "linux", "--arch", "amd64", "--quiet");
      assertThat(install.exit()).as(install.toString()).isZero();

      Run withoutATerminal = Run.of(host, "doctor", "--offline", "--only", "path.go", "--fix");
      assertThat(withoutATerminal.out()).contains("doctor --fix will run, in order:", "1. goready env   (for path.go)", "nothing was changed");
      assertThat(Files.readString(user.resolve(".bashrc"))).isEqualTo("alias ll='ls -l'\n");
      assertThat(withoutATerminal.exit()).isEqualTo(1);

      Run fixed = Run.of(host, "doctor", "--offline", "--only", "path.go", "--fix", "--yes");
      assertThat(fixed.out()).as(fixed.toString()).contains("==> goready env", "after the fixes:", "path.go: fail -> ", "open a new terminal");
      assertThat(Files.readString(user.resolve(".bashrc"))).startsWith("alias ll='ls -l'\n").contains("# >>> goready >>>");
      assertThat(Files.readString(temp.resolve("home").resolve("env.sh"))).contains(temp.resolve("home").resolve("current").resolve("bin").toString());
      assertThat(Run.of(host, "audit", "verify").exit()).isZero();
    }
  }

  @Test
  void heldStepsCarryTheirReasonInJson() throws IOException {
    Run run = Run.of(new TestHost().with("GOREADY_HOME", temp.resolve("home").toString()), "doctor", "--from",
        DoctorCommandTest.fixture("wsl2-windows-go-first"), "--only", "path.go", "--format", "json");
    JsonNode action = DoctorCommandTest.check(new ObjectMapper().readTree(run.out()), "path.go").get("fix").get("action");
    assertThat(action.get("steps").toString()).isEqualTo("[[\"wsl\",\"config\",\"--append-windows-path\",\"off\"]]");
    assertThat(action.get("held").get(0).asText()).contains("/etc/wsl.conf", "needs root");
  }

  @Test
  void goEnvUnsetIsCarriedOutByGoreadyAuditedAndHeldStepsAreOnlyNamed() throws IOException {
    Path goenv = temp.resolve("go-env");
    Files.writeString(goenv, "GOARCH=arm64\nGOFLAGS=-mod=mod\n");
    TestHost host = new TestHost().with("GOENV", goenv.toString()).with("GOREADY_HOME", temp.resolve("home").toString());
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    Context context = new Context(host, new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8), new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
    Report before = new Report("linux", "amd64", HostKind.WSL2, List.of(
        check("wsl.systemd", Result.warn("systemd is off", List.of(), Fix.of("t", "goready wsl config --systemd on", "wsl.exe --shutdown"))),
        check("go.settings", Result.warn("Go's env file sets GOARCH=arm64", List.of(), Fix.of("t", "go env -u GOARCH")))));
    Report after = new Report("linux", "amd64", HostKind.WSL2, List.of(check("go.settings", Result.ok("no setting that quietly breaks builds"))));
    int code = new DoctorFixer(context, false).fix(before, true, ids -> after);

    String printed = out.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(code).as(printed + err).isZero();
    assertThat(printed).contains("doctor --fix leaves these to you:", "goready wsl config --systemd on   (for wsl.systemd: edits /etc/wsl.conf",
        "==> go env -u GOARCH", "removed GOARCH from Go's env file", "go.settings: warn -> ok").doesNotContain("==> goready wsl config");
    assertThat(Files.readString(goenv)).isEqualTo("GOFLAGS=-mod=mod\n");
    assertThat(Files.readString(temp.resolve("home").resolve("audit.jsonl"))).contains("\"action\":\"go-env-unset\"", "\"name\":\"GOARCH\"");
    assertThat(Run.of(host, "audit", "verify").exit()).isZero();
  }

  @Test
  void nothingToFixSaysSo() {
    Run run = Run.of(new TestHost().with("GOREADY_HOME", temp.resolve("home").toString()), "doctor", "--offline", "--only", "platform", "--fix");
    assertThat(run.out()).contains("nothing here that goready can fix itself");
    assertThat(run.exit()).isZero();
  }

  @Test
  void withNothingToRunTheExitCodeStillFollowsStrict() throws IOException {
    Context context = new Context(new TestHost(), new java.io.PrintStream(java.io.OutputStream.nullOutputStream()), new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
    Report warned = new Report("linux", "amd64", HostKind.LINUX,
        List.of(check("fs.gomodcache", Result.warn("low on space", List.of(), Fix.of("t", "go clean -modcache")))));
    DoctorFixer.Recheck never = ids -> {
      throw new AssertionError("nothing ran, so nothing is checked again");
    };
    assertThat(new DoctorFixer(context, false).fix(warned, true, never)).isZero();
    assertThat(new DoctorFixer(context, true).fix(warned, true, never)).isEqualTo(1);
  }

  @Test
  void aFailingStepStopsThePlanWithItsExitCode() throws IOException {
    Path user = Files.createDirectories(temp.resolve("ann"));
    Files.writeString(user.resolve(".bashrc"), "alias ll='ls -l'\n");
    TestHost host = new TestHost()
        .with("HOME", user.toString())
        .with("GOREADY_HOME", temp.resolve("home").toString())
        .with("GOREADY_INDEX", "http://127.0.0.1:1/index.json");
    var out = new java.io.ByteArrayOutputStream();
    var err = new java.io.ByteArrayOutputStream();
    Context context = new Context(host, new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
        new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
    Report report = new Report("linux", "amd64", HostKind.LINUX,
        List.of(check("path.go", Result.fail("no go on PATH", List.of(), Fix.of("t", "goready install 1.22.5", "goready env")))));
    int code = new DoctorFixer(context, false).fix(report, true, ids -> {
      throw new AssertionError("no recheck after a failed step");
    });
    assertThat(code).isEqualTo(3);
    assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("==> goready install 1.22.5").doesNotContain("==> goready env");
    assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("goready install 1.22.5 failed (exit 3); the steps after it were not run");
    assertThat(Files.readString(user.resolve(".bashrc"))).isEqualTo("alias ll='ls -l'\n");
  }
}
