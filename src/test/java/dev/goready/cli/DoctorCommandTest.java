package dev.goready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goready.doctor.checks.Checks;
import dev.goready.testing.Run;
import dev.goready.testing.TestHost;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** `goready doctor` end to end in-process: formats, exit codes, snapshots. */
class DoctorCommandTest {
  @TempDir Path temp;

  static String fixture(String name) {
    try {
      return Path.of(Objects.requireNonNull(DoctorCommandTest.class.getResource("/hosts/doctor/" + name)).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A check in a JSON report by its id, not its place: the list grows as checks are added. */
  static JsonNode check(JsonNode report, String id) {
    for (JsonNode check : report.get("checks")) {
      if (check.get("id").asText().equals(id)) {
        return check;
      }
    }
    throw new AssertionError("no check " + id + " in " + report);
  }

  static Run doctor(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "doctor";
    System.arraycopy(args, 0, all, 1, args.length);
    return Run.of(new TestHost().with("LANG", "C.UTF-8"), all);
  }

  @Test
  void aNonUtf8LocaleGetsAsciiMarks() {
    String[] args = {"doctor", "--from", fixture("wsl1-ubuntu"), "--only", "platform,wsl.kernel"};
    Run c = Run.of(new TestHost().with("LANG", "C"), args);
    assertThat(c.out()).contains("[ok] platform", "[!!] wsl.kernel", "[--] ").doesNotContain("✓", "✗");
    Run unset = Run.of(new TestHost(), args);
    assertThat(unset.out()).contains("[ok] platform");
    Run lcAllWins = Run.of(new TestHost().with("LANG", "C").with("LC_ALL", "en_US.UTF-8"), args);
    assertThat(lcAllWins.out()).contains("[✓] platform");
  }

  @Test
  void aTimeoutOfZeroOrLessAndAMissingKernelLogAreUsageErrors() {
    for (String timeout : new String[] {"0", "-1", "-0.5"}) {
      Run run = doctor("--timeout", timeout);
      assertThat(run.exit()).as(timeout).isEqualTo(2);
      assertThat(run.err()).contains("--timeout", "is not a positive number of seconds");
    }
    Run missing = doctor("--kernel-log", temp.resolve("no-such.log").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("--kernel-log", "no-such.log", "does not exist");
    Run noProject = doctor("--project", temp.resolve("no-such-project").toString());
    assertThat(noProject.exit()).isEqualTo(2);
    assertThat(noProject.err()).contains("--project", "no-such-project", "is not a folder");
  }

  @Test
  void jsonFollowsSchema1() throws Exception {
    Run run = doctor("--from", fixture("wsl2-gomodcache-on-c"), "--format", "json");
    assertThat(run.exit()).as(run.toString()).isEqualTo(1);
    JsonNode report = new ObjectMapper().readTree(run.out());
    assertThat(report.get("schema").asInt()).isEqualTo(1);
    assertThat(report.get("goready").asText()).isNotBlank();
    assertThat(report.get("host").get("kind").asText()).isEqualTo("wsl2");
    assertThat(report.get("host").get("os").asText()).isEqualTo("linux");
    assertThat(report.get("checks")).hasSize(Checks.all().size());
    JsonNode gomodcache = check(report, "fs.gomodcache");
    assertThat(gomodcache.get("id").asText()).isEqualTo("fs.gomodcache");
    assertThat(gomodcache.get("area").asText()).isEqualTo("fs");
    assertThat(gomodcache.get("status").asText()).isEqualTo("fail");
    assertThat(gomodcache.get("fix").get("commands").get(0).asText()).isEqualTo("go env -w GOMODCACHE=/home/ann/go/pkg/mod");
    assertThat(gomodcache.get("fix").get("text").asText()).isNotBlank();
    assertThat(gomodcache.get("ms").isNumber()).isTrue();
    assertThat(report.get("checks").get(0).get("fix").isNull()).isTrue();
    int sum = 0;
    for (String status : new String[] {"ok", "warn", "fail", "skip", "error", "timeout"}) {
      sum += report.get("counts").get(status).asInt();
    }
    assertThat(sum).isEqualTo(Checks.all().size());
    assertThat(report.get("counts").get("fail").asInt()).isEqualTo(1);
  }

  @Test
  void junitHasOneTestcasePerCheckAndFailuresForFails() throws Exception {
    Run run = doctor("--from", fixture("wsl2-windows-go-first"), "--format", "junit");
    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)));
    assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo(Checks.all().size());
    assertThat(xml.getElementsByTagName("failure").getLength()).isEqualTo(1);
    assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo("1");
    assertThat(xml.getElementsByTagName("failure").item(0).getParentNode().getAttributes().getNamedItem("name").getNodeValue()).isEqualTo("path.go");
  }

  @Test
  void exitCodesFollowTheContract() {
    assertThat(doctor("--from", fixture("wsl2-ubuntu-22.04-healthy")).exit()).isZero();
    Run warnings = doctor("--from", fixture("wsl1-ubuntu"));
    assertThat(warnings.exit()).isZero();
    assertThat(warnings.out()).contains("[!] wsl.kernel", "fix: Convert the distro to WSL2", "wsl.exe --set-version Ubuntu 2");
    assertThat(doctor("--from", fixture("wsl1-ubuntu"), "--strict").exit()).isEqualTo(1);
    assertThat(doctor("--from", fixture("wsl2-gomodcache-on-c")).exit()).isEqualTo(1);
    Run missing = doctor("--from", temp.resolve("nope.zip").toString());
    assertThat(missing.exit()).isEqualTo(3);
    assertThat(missing.err()).contains("nope.zip does not exist");
    Run unknown = doctor("--only", "fs.gopath,fs.nope");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("there is no check 'fs.nope'", "fs.gomodcache");
    assertThat(doctor("--format", "yaml").exit()).isEqualTo(2);
  }

  @Test
  void verboseShowsDetailsAndTimingsAndOnlyNarrowsTheRun() {
    Run run = doctor("--from", fixture("wsl2-ubuntu-22.04-healthy"), "-v", "--only", "fs.gomodcache,platform");
    assertThat(run.out()).contains("[✓] platform", "[✓] fs.gomodcache", "on / (ext4)", " ms)", "[-] wsl.kernel", "not in --only");
  }

  @Test
  void aSnapshotWithUnsafeEntriesIsRefused() throws Exception {
    Path zip = temp.resolve("evil.zip");
    try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
      out.putNextEntry(new ZipEntry("host.json"));
      out.write("{\"os\":\"linux\"}".getBytes(StandardCharsets.UTF_8));
      out.putNextEntry(new ZipEntry("files/../../escape"));
      out.write(1);
    }
    Run run = doctor("--from", zip.toString());
    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.err()).contains("unsafe entry 'files/../../escape'");
    assertThat(temp.getParent().resolve("escape")).doesNotExist();
  }

  @Test
  void collectWritesARedactedSnapshotThatReplaysToTheSameReport() throws Exception {
    Path zip = temp.resolve("machine.zip");
    TestHost host = new TestHost()
        .with("GOREADY_HOME", temp.resolve("home").toString())
        .with("DEPLOY_TOKEN", "tok-123456")
        .with("HTTPS_PROXY", "http://ann:hunter2@proxy.corp.example:3128");
    Run collected = Run.of(host, "doctor", "--offline", "--format", "json", "--collect", zip.toString());
    assertThat(collected.err()).contains("wrote " + zip);
    try (ZipFile snapshot = new ZipFile(zip.toFile())) {
      String hostJson = new String(snapshot.getInputStream(snapshot.getEntry("host.json")).readAllBytes(), StandardCharsets.UTF_8);
      assertThat(java.time.Instant.parse(new ObjectMapper().readTree(hostJson).get("recordedAt").asText()))
          .as("the replay judges ages by when it was recorded").isBetween(java.time.Instant.now().minusSeconds(600), java.time.Instant.now());
      assertThat(snapshot.getEntry("commands.json")).isNotNull();
      assertThat(snapshot.getEntry("files/proc/mounts")).isNotNull();
      String env = new String(snapshot.getInputStream(snapshot.getEntry("env.json")).readAllBytes(), StandardCharsets.UTF_8);
      assertThat(env).contains("\"DEPLOY_TOKEN\" : \"***\"", "http://***@proxy.corp.example:3128").doesNotContain("tok-123456", "hunter2");
    }
    Run replayed = Run.of(new TestHost(), "doctor", "--offline", "--format", "json", "--from", zip.toString());
    assertThat(statuses(replayed.out())).isEqualTo(statuses(collected.out()));
  }

  private static Map<String, String> statuses(String json) throws Exception {
    Map<String, String> statuses = new HashMap<>();
    new ObjectMapper().readTree(json).get("checks").forEach(c -> statuses.put(c.get("id").asText(), c.get("status").asText() + " " + c.get("summary").asText()));
    return statuses;
  }

  @Test
  void aReplayReadsNothingOutsideTheSnapshot() throws Exception {
    Path snapshot = temp.resolve("snapshot");
    try (var files = Files.walk(Path.of(fixture("wsl2-ubuntu-22.04-healthy")))) {
      for (Path from : files.toList()) {
        Path to = snapshot.resolve(Path.of(fixture("wsl2-ubuntu-22.04-healthy")).relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else {
          Files.copy(from, to);
        }
      }
    }
    Path outside = Files.writeString(temp.resolve("secret-os-release"), "PRETTY_NAME=\"Outside Linux\"\nID=outside\nVERSION_ID=\"1\"\n");
    Files.delete(snapshot.resolve("files/etc/os-release"));
    Files.createSymbolicLink(snapshot.resolve("files/etc/os-release"), outside);
    Run run = doctor("--from", snapshot.toString(), "--only", "distro", "-v");
    assertThat(run.out()).doesNotContain("Outside Linux").contains("no /etc/os-release");
    dev.goready.host.FixtureHost host = new dev.goready.host.FixtureHost(snapshot);
    assertThat(host.readFile(Path.of("/../../../../../../etc/passwd"))).isEmpty();
    assertThat(host.exists(Path.of("/etc/../../../../secret-os-release"))).isFalse();
  }

  @Test
  void snapshotJsonOfTheWrongShapeIsExit3NamingTheFile() throws Exception {
    Path snapshot = Files.createDirectories(temp.resolve("bad"));
    Files.writeString(snapshot.resolve("host.json"), "{\"os\":\"linux\"}");
    Files.writeString(snapshot.resolve("env.json"), "[1, 2]");
    Run wrongType = doctor("--from", snapshot.toString());
    assertThat(wrongType.exit()).isEqualTo(3);
    assertThat(wrongType.err()).contains("env.json does not hold a JSON object");
    Files.writeString(snapshot.resolve("env.json"), "[".repeat(5000));
    Run deep = doctor("--from", snapshot.toString());
    assertThat(deep.exit()).isEqualTo(3);
    assertThat(deep.err()).contains("env.json is not valid JSON");
  }

  @Test
  void aZipBombSnapshotIsRefusedBeforeItFillsTheDisk() throws Exception {
    Path zip = temp.resolve("bomb.zip");
    try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
      out.putNextEntry(new ZipEntry("host.json"));
      out.write("{\"os\":\"linux\"}".getBytes(StandardCharsets.UTF_8));
      out.putNextEntry(new ZipEntry("files/var/log/huge"));
      out.write(new byte[64 << 20]);
    }
    Run run = doctor("--from", zip.toString());
    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.err()).contains("inflating more than");
  }

  @Test
  void withNoGoOnPathTheNewestInstalledGoIsProposedOnce() throws Exception {
    Path snapshot = Files.createDirectories(temp.resolve("no-go-on-path"));
    Files.writeString(snapshot.resolve("host.json"), "{\"os\":\"linux\",\"arch\":\"amd64\",\"home\":\"/home/ann\"}");
    Files.writeString(snapshot.resolve("env.json"), "{\"PATH\":\"/usr/bin:/bin\",\"HOME\":\"/home/ann\"}");
    for (String version : new String[] {"go-1.19", "go-1.23", "go-1.21"}) {
      Files.writeString(Files.createDirectories(snapshot.resolve("files/usr/lib/" + version + "/bin")).resolve("go"), "");
    }
    Run run = doctor("--from", snapshot.toString(), "--only", "path.go", "--format", "json");
    JsonNode check = null;
    for (JsonNode c : new ObjectMapper().readTree(run.out()).get("checks")) {
      check = c.get("id").asText().equals("path.go") ? c : check;
    }
    assertThat(check.get("summary").asText()).isEqualTo("no go on PATH, but Go is installed at /usr/lib/go-1.23/bin/go");
    assertThat(check.get("fix").get("commands").toString()).contains("export PATH=\\\"/usr/lib/go-1.23/bin:$PATH\\\"").doesNotContain("goready install");
  }
}
