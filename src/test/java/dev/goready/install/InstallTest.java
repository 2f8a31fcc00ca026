package dev.goready.install;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goready.testing.ArchiveBuilder;
import dev.goready.testing.FaultyServer.Fault;
import dev.goready.testing.FaultyServer;
import dev.goready.testing.IndexBuilder;
import dev.goready.testing.Run;
import dev.goready.testing.TestHost;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `goready install` in-process against a real HTTP server on 127.0.0.1 that fails on demand. */
class InstallTest {
  static final String ARCHIVE = "/go/go1.22.5.linux-amd64.tar.gz";
  static final String OLD_ARCHIVE = "/go/go1.22.4.linux-amd64.tar.gz";

  @TempDir Path temp;
  FaultyServer server;
  Path home;
  byte[] archive;
  byte[] oldArchive;
  byte[] rcArchive;
  byte[] windowsZip;

  @BeforeEach
  void serve() throws IOException {
    home = temp.resolve("goready-home");
    // Large enough that a drop or stall lands mid-body: 300 KiB of incompressible filler.
    byte[] filler = new byte[300 * 1024];
    new java.util.Random(1).nextBytes(filler);
    archive = ArchiveBuilder.goToolchain("go1.22.5", "linux", "amd64").file("go/pkg/tool/filler.bin", filler, 0644).tarGz();
    oldArchive = ArchiveBuilder.goToolchain("go1.22.4", "linux", "amd64").tarGz();
    rcArchive = ArchiveBuilder.goToolchain("go1.23rc1", "linux", "amd64").tarGz();
    windowsZip = ArchiveBuilder.goToolchain("go1.22.5", "windows", "amd64").zip();
    server = new FaultyServer();
    server.serve(ARCHIVE, archive).serve(OLD_ARCHIVE, oldArchive)
        .serve("/go/go1.23rc1.linux-amd64.tar.gz", rcArchive)
        .serve("/go/go1.22.5.windows-amd64.zip", windowsZip)
        .serve("/index.json", new IndexBuilder()
            .archive("go1.23rc1", "linux", "amd64", rcArchive)
            .archive("go1.22.5", "linux", "amd64", archive)
            .archive("go1.22.5", "windows", "amd64", windowsZip)
            .archive("go1.22.5", "darwin", "arm64", new byte[] {1})
            .archive("go1.22.4", "linux", "amd64", oldArchive)
            .bytes());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  TestHost host() {
    return new TestHost()
        .with("GOREADY_HOME", home.toString())
        .with("GOREADY_INDEX", server.url("/index.json").toString())
        .with("GOREADY_DOWNLOAD_URL", server.url("/go").toString())
        .with("GOREADY_READ_TIMEOUT", "1");
  }

  Run install(String... args) {
    return Run.of(host(), Stream.concat(Stream.of("install", "--os", "linux", "--arch", "amd64"), Stream.of(args)).toArray(String[]::new));
  }

  Path current() {
    return home.resolve("current");
  }

  List<JsonNode> audit() throws IOException {
    ObjectMapper json = new ObjectMapper();
    return Files.readAllLines(home.resolve("audit.jsonl")).stream().map(line -> {
      try {
        return json.readTree(line);
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    }).toList();
  }

  void assertNothingHalfDone() throws IOException {
    try (var children = Files.list(home.resolve("toolchains"))) {
      assertThat(children.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".staging"));
    }
  }

  @Test
  void installsVerifiesAndActivatesTheNewestStable() throws IOException {
    Run run = install("--json");
    assertThat(run.exit()).as(run.toString()).isZero();
    JsonNode result = new ObjectMapper().readTree(run.out());
    assertThat(result.get("version").asText()).isEqualTo("go1.22.5");
    assertThat(result.get("status").asText()).isEqualTo("installed");
    assertThat(result.get("sha256").asText()).isEqualTo(IndexBuilder.sha256(archive));
    assertThat(Files.readSymbolicLink(current()).toString()).isEqualTo("toolchains/go1.22.5");
    Path go = current().resolve("bin/go");
    assertThat(Files.isExecutable(go)).isTrue();
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("toolchains/go1.22.5"))))
        .as("the toolchain's own folder is 0755 like the archive's, not the 0700 of the staging folder it was").isEqualTo("rwxr-xr-x");
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(go))).isEqualTo("rwxr-xr-x");
    assertThat(Files.readString(current().resolve("VERSION"))).startsWith("go1.22.5");
    assertThat(home.resolve("downloads/go1.22.5.linux-amd64.tar.gz")).exists();
    assertThat(home.resolve("downloads/go1.22.5.linux-amd64.tar.gz.part")).doesNotExist();
    assertThat(audit()).extracting(e -> e.get("action").asText() + ":" + e.get("result").asText())
        .containsExactly("download:ok", "verify:ok", "install:ok", "activate:ok");
    assertThat(audit().get(1).get("details").get("expected").asText()).isEqualTo(IndexBuilder.sha256(archive));
    assertThat(Run.of(host(), "audit", "verify").exit()).isZero();
    assertNothingHalfDone();
  }

  @Test
  void selectorsPickTheRightRelease() throws IOException {
    assertThat(install("1.22.4").exit()).isZero();
    assertThat(Files.readSymbolicLink(current()).toString()).isEqualTo("toolchains/go1.22.4");
    assertThat(install("latest", "--pre").exit()).isZero();
    assertThat(Files.readSymbolicLink(current()).toString()).isEqualTo("toolchains/go1.23rc1");
    assertThat(install("1.22").exit()).isZero();
    assertThat(Files.readSymbolicLink(current()).toString()).isEqualTo("toolchains/go1.22.5");
  }

  @Test
  void goModToolchainLineOrGoLineChoosesTheVersion() throws IOException {
    Path gomod = temp.resolve("go.mod");
    Files.writeString(gomod, "module example.com/m\n\ngo 1.21\n\ntoolchain go1.22.4\n");
    assertThat(install("go.mod", "--modfile", gomod.toString()).exit()).isZero();
    assertThat(Files.readSymbolicLink(current()).toString()).isEqualTo("toolchains/go1.22.4");
    Files.writeString(gomod, "module example.com/m\n\ngo 1.22.1\n");
    assertThat(install("go.mod", "--modfile", gomod.toString()).exit()).isZero();
    // A project's pin is installed beside the default, not over it (issue 15); --use makes it the default too.
    assertThat(Files.readSymbolicLink(current()).toString()).isEqualTo("toolchains/go1.22.4");
    assertThat(current().resolveSibling("toolchains/go1.22.5/bin/go")).exists();
    assertThat(install("go.mod", "--modfile", gomod.toString(), "--use").exit()).isZero();
    assertThat(Files.readSymbolicLink(current()).toString()).isEqualTo("toolchains/go1.22.5");
    Run missing = install("go.mod", "--modfile", temp.resolve("nope/go.mod").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("no go.mod at " + temp.resolve("nope/go.mod"));
  }

  @Test
  void aSecondInstallNeedsNoDownloadAndACachedArchiveNeedsNoNetwork() throws IOException {
    assertThat(install("1.22.5").exit()).isZero();
    Run again = install("1.22.5", "--json");
    assertThat(again.exit()).isZero();
    assertThat(again.out()).contains("\"already-installed\"");
    assertThat(server.requestsTo(ARCHIVE)).isEqualTo(1);

    assertThat(Run.of(host(), "uninstall", "1.22.5", "--force", "--keep-download").exit()).isZero();
    server.close(); // no index, no archive: only the verified cache remains
    Run offline = install("1.22.5", "--json");
    assertThat(offline.exit()).as(offline.toString()).isZero();
    assertThat(offline.out()).contains("\"fromCache\" : true");
    assertThat(current().resolve("bin/go")).exists();
  }

  @Test
  void aTamperedCacheIsNotInstalled() throws IOException {
    assertThat(install("1.22.5").exit()).isZero();
    assertThat(Run.of(host(), "uninstall", "1.22.5", "--force", "--keep-download").exit()).isZero();
    Path cached = home.resolve("downloads/go1.22.5.linux-amd64.tar.gz");
    byte[] bytes = Files.readAllBytes(cached);
    bytes[bytes.length / 2] ^= 1;
    Files.write(cached, bytes);
    Run run = install("1.22.5", "--json");
    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(run.out()).contains("\"fromCache\" : false");
    assertThat(server.requestsTo(ARCHIVE)).isEqualTo(2);
  }

  @Test
  void aDroppedConnectionResumesWithRangeAndIfRange() throws IOException {
    server.fail(ARCHIVE, new Fault.DropAfter(100_000), new Fault.DropAfter(100_000));
    Run run = install("1.22.5");
    assertThat(run.exit()).as(run.toString()).isZero();
    List<FaultyServer.Request> requests = server.requests().stream().filter(r -> r.path().equals(ARCHIVE)).toList();
    assertThat(requests).hasSize(3);
    assertThat(requests.get(0).range()).isNull();
    long first = rangeStart(requests.get(1));
    long second = rangeStart(requests.get(2));
    assertThat(first).isBetween(1L, 100_000L); // a reset can swallow the last bytes in flight
    assertThat(second).isBetween(first + 1, first + 100_000);
    assertThat(requests.get(1).ifRange()).startsWith("\"");
    assertThat(Files.readString(current().resolve("VERSION"))).startsWith("go1.22.5");
  }

  static long rangeStart(FaultyServer.Request request) {
    assertThat(request.range()).matches("bytes=\\d+-");
    return Long.parseLong(request.range().replaceAll("\\D", ""));
  }

  @Test
  void aServerThatIgnoresRangeRestartsCleanly() throws IOException {
    server.fail(ARCHIVE, new Fault.DropAfter(150_000), new Fault.IgnoreRange());
    Run run = install("1.22.5");
    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(run.err()).contains("did not resume");
    assertThat(Files.readString(current().resolve("VERSION"))).startsWith("go1.22.5");
    assertNothingHalfDone();
  }

  @Test
  void serverErrorsAreRetried() {
    server.fail("/index.json", new Fault.Status(503));
    server.fail(ARCHIVE, new Fault.Status(500), new Fault.Status(502));
    Run run = install("1.22.5");
    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(server.requestsTo(ARCHIVE)).isEqualTo(3);
  }

  @Test
  void persistentServerErrorsEndWithExit3NamingTheUrl() {
    server.fail(ARCHIVE, new Fault.Status(500), new Fault.Status(500));
    Run run = install("1.22.5", "--retries", "1");
    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.err()).contains("HTTP 500", server.url(ARCHIVE).toString(), "2 attempts");
    assertThat(current()).doesNotExist();
  }

  @Test
  void aStallTimesOutAndResumes() throws IOException {
    server.fail(ARCHIVE, new Fault.StallAfter(50_000, Duration.ofSeconds(5)));
    Run run = install("1.22.5");
    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(rangeStart(server.requests().stream().filter(r -> r.path().equals(ARCHIVE)).toList().get(1))).isBetween(1L, 50_000L);
  }

  @Test
  void aToolchainWhoseGoIsNotExecutableIsRefused() throws IOException {
    byte[] bad = new ArchiveBuilder().directory("go/").file("go/VERSION", "go1.22.4\n").directory("go/bin/")
        .file("go/bin/go", "#!/bin/sh\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), 0644).tarGz();
    server.serve(OLD_ARCHIVE, bad).serve("/index.json", new IndexBuilder().archive("go1.22.4", "linux", "amd64", bad).bytes());
    Run run = install("1.22.4");
    assertThat(run.exit()).as(run.toString()).isEqualTo(4);
    assertThat(run.err()).contains("go/bin/go is not executable");
    assertThat(home.resolve("toolchains/go1.22.4")).doesNotExist();
  }

  @Test
  void aRedirectedDownloadIsLoggedWithTheUrlTheBytesCameFrom() throws IOException {
    server.serve("/mirror/go1.22.5.linux-amd64.tar.gz", archive).fail(ARCHIVE, new Fault.Redirect("/mirror/go1.22.5.linux-amd64.tar.gz"));
    Run run = install("1.22.5");
    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(audit()).anyMatch(e -> e.get("action").asText().equals("download")
        && e.get("details").get("url").asText().equals(server.url("/mirror/go1.22.5.linux-amd64.tar.gz").toString()));
  }

  @Test
  void aTrickleIsAStallToo() throws IOException {
    server.fail(ARCHIVE, new Fault.Trickle(100, Duration.ofMillis(300)));
    Run run = install("1.22.5", "--retries", "0");
    assertThat(run.exit()).as(run.toString()).isEqualTo(3);
    assertThat(run.err()).contains("slower than 1 KiB/s", server.url(ARCHIVE).toString());
    assertThat(current()).doesNotExist();
  }

  @Test
  void aServerThatKeepsStallingFailsWithATimeoutMessage() throws IOException {
    server.fail(ARCHIVE, new Fault.StallAfter(50_000, Duration.ofSeconds(5)), new Fault.StallAfter(0, Duration.ofSeconds(5)));
    Run run = install("1.22.5", "--retries", "1");
    assertThat(run.exit()).as(run.toString()).isEqualTo(3);
    assertThat(run.err()).contains("no data for 1 s", server.url(ARCHIVE).toString());
    assertThat(current()).doesNotExist();
    // The bytes that did arrive stay for the next run to resume from.
    assertThat(home.resolve("downloads/go1.22.5.linux-amd64.tar.gz.part")).exists();
    assertThat(audit()).anyMatch(e -> e.get("action").asText().equals("download") && e.get("result").asText().equals("fail"));
  }

  @Test
  void aPartialDownloadFromAnEarlierRunIsResumed() throws IOException {
    server.fail(ARCHIVE, new Fault.DropAfter(120_000), new Fault.Status(500), new Fault.Status(500));
    assertThat(install("1.22.5", "--retries", "1").exit()).isEqualTo(3);
    // What arrived before the drop (a reset may swallow the last bytes in flight) is kept.
    long kept = Files.size(home.resolve("downloads/go1.22.5.linux-amd64.tar.gz.part"));
    assertThat(kept).isBetween(1L, 120_000L);
    Run run = install("1.22.5");
    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(server.requests().getLast().range()).isEqualTo("bytes=" + kept + "-");
  }

  @Test
  void wrongBytesAreExit4WithBothDigestsAndNothingInstalled() throws IOException {
    assertThat(install("1.22.4").exit()).isZero();
    byte[] tampered = archive.clone();
    tampered[tampered.length - 100] ^= 0x5a;
    server.serve(ARCHIVE, tampered);
    Run run = install("1.22.5");
    assertThat(run.exit()).as(run.toString()).isEqualTo(4);
    assertThat(run.err()).contains(IndexBuilder.sha256(archive), IndexBuilder.sha256(tampered), server.url(ARCHIVE).toString());
    assertThat(home.resolve("toolchains/go1.22.5")).doesNotExist();
    assertThat(home.resolve("downloads/go1.22.5.linux-amd64.tar.gz.part")).doesNotExist();
    assertThat(home.resolve("downloads/go1.22.5.linux-amd64.tar.gz")).doesNotExist();
    assertThat(Files.readSymbolicLink(current()).toString()).isEqualTo("toolchains/go1.22.4");
    assertThat(audit()).anyMatch(e -> e.get("action").asText().equals("verify") && e.get("result").asText().equals("fail")
        && e.get("details").get("actual").asText().equals(IndexBuilder.sha256(tampered)));
    assertNothingHalfDone();
  }

  @Test
  void garbageInsteadOfAnArchiveIsAMismatchNotACrash() {
    server.serve(ARCHIVE, new byte[archive.length]); // right length, all zeros: not even gzip
    Run run = install("1.22.5");
    assertThat(run.exit()).as(run.toString()).isEqualTo(4);
    assertThat(run.err()).contains("SHA-256 mismatch");
  }

  @Test
  void aWrongLengthIsExit4() {
    server.serve(ARCHIVE, java.util.Arrays.copyOf(archive, archive.length + 10));
    Run run = install("1.22.5");
    assertThat(run.exit()).as(run.toString()).isEqualTo(4);
    assertThat(run.err()).contains("is " + (archive.length + 10) + " bytes, but the release index says " + archive.length);
    assertThat(current()).doesNotExist();
  }

  @Test
  void indexProblemsAreExit3() {
    server.fail("/index.json", new Fault.Status(404));
    Run notFound = install();
    assertThat(notFound.exit()).isEqualTo(3);
    assertThat(notFound.err()).contains("HTTP 404", server.url("/index.json").toString());

    server.serve("/index.json", "<html>Sign in to the corporate proxy</html>".getBytes());
    Run malformed = install();
    assertThat(malformed.exit()).isEqualTo(3);
    assertThat(malformed.err()).contains("malformed", "not valid JSON");

    Run missing = Run.of(host().with("GOREADY_INDEX", server.url("/no-such-index.json").toString()), "install");
    assertThat(missing.exit()).isEqualTo(3);
    assertThat(missing.err()).contains("HTTP 404", "no release index at this URL: check --index / GOREADY_INDEX").doesNotContain("--download-url");

    Run unreachable = Run.of(host().with("GOREADY_INDEX", "http://127.0.0.1:1/index.json").with("GOREADY_RETRIES", "0"), "install");
    assertThat(unreachable.exit()).isEqualTo(3);
    assertThat(unreachable.err()).contains("http://127.0.0.1:1/index.json", "connection refused");
  }

  @Test
  void anUnknownVersionListsTheNearestAndAMissingPlatformListsThoseThatExist() {
    Run unknown = install("1.22.7");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("no Go release matches 'go1.22.7'", "go1.22.5", "go1.23rc1");

    Run platform = Run.of(host(), "install", "1.22.5", "--os", "linux", "--arch", "riscv64");
    assertThat(platform.exit()).isEqualTo(2);
    assertThat(platform.err()).contains("no .tar.gz archive for linux/riscv64", "darwin/arm64", "linux/amd64", "windows/amd64");
  }

  @Test
  void releasesWithoutADigestNeedAllowUnverifiedAndAreLogged() throws IOException {
    server.serve("/index.json", new IndexBuilder().file("go1.22.5", "go1.22.5.linux-amd64.tar.gz", "linux", "amd64", "archive", "", archive.length).bytes());
    Run refused = install("1.22.5");
    assertThat(refused.exit()).isEqualTo(4);
    assertThat(refused.err()).contains("no SHA-256", "--allow-unverified");
    Run allowed = install("1.22.5", "--allow-unverified", "--quiet");
    assertThat(allowed.exit()).as(allowed.toString()).isZero();
    assertThat(allowed.err()).contains("WARNING", "NOT verified");
    assertThat(audit()).anyMatch(e -> e.get("action").asText().equals("verify-skipped"));
  }

  @Test
  void anUnsafeArchiveIsRejectedEvenWhenTheIndexVouchesForIt() throws IOException {
    assertThat(install("1.22.4").exit()).isZero();
    byte[] evil = ArchiveBuilder.goToolchain("go1.22.5", "linux", "amd64").file("go/../../../escaped", "owned").tarGz();
    server.serve(ARCHIVE, evil);
    server.serve("/index.json", new IndexBuilder().archive("go1.22.5", "linux", "amd64", evil).archive("go1.22.4", "linux", "amd64", oldArchive).bytes());
    Run run = install("1.22.5");
    assertThat(run.exit()).as(run.toString()).isEqualTo(4);
    assertThat(run.err()).contains("refusing archive go1.22.5.linux-amd64.tar.gz", "climbs out");
    assertThat(temp.resolve("escaped")).doesNotExist();
    assertThat(home.resolve("toolchains/go1.22.5")).doesNotExist();
    assertThat(home.resolve("downloads/go1.22.5.linux-amd64.tar.gz.part")).doesNotExist();
    assertThat(Files.readSymbolicLink(current()).toString()).isEqualTo("toolchains/go1.22.4");
    assertThat(audit()).anyMatch(e -> e.get("action").asText().equals("extract") && e.get("result").asText().equals("fail"));
    assertNothingHalfDone();
  }

  @Test
  void aMirrorOnDiskWorksThroughFileUrls() throws IOException {
    Path mirror = Files.createDirectories(temp.resolve("mirror"));
    Files.write(mirror.resolve("go1.22.5.linux-amd64.tar.gz"), archive);
    Files.write(mirror.resolve("index.json"), new IndexBuilder().archive("go1.22.5", "linux", "amd64", archive).bytes());
    Run run = Run.of(host().with("GOREADY_INDEX", mirror.resolve("index.json").toUri().toString()).with("GOREADY_DOWNLOAD_URL", mirror.toUri().toString()),
        "install", "--os", "linux", "--arch", "amd64");
    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(Files.readString(current().resolve("VERSION"))).startsWith("go1.22.5");
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void theWindowsZipInstallsToo() throws IOException {
    Run run = Run.of(host(), "install", "1.22.5", "--os", "windows", "--arch", "amd64");
    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(current().resolve("bin/go.exe")).exists();
  }

  @Test
  void plainHttpToARemoteHostIsRefused() {
    Run run = Run.of(host().with("GOREADY_INDEX", "http://mirror.example.com/dl/?mode=json"), "install");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("plain http", "--allow-http");
  }

  @Test
  void anUnwritableHomeIsExit5() throws IOException {
    Path file = Files.writeString(temp.resolve("a-file"), "not a folder");
    Run run = Run.of(host().with("GOREADY_HOME", file.resolve("home").toString()), "install", "1.22.5", "--os", "linux", "--arch", "amd64");
    assertThat(run.exit()).as(run.toString()).isEqualTo(5);
    assertThat(run.err()).contains(file.resolve("home").toString());
  }
}
