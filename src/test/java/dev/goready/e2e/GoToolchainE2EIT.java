package dev.goready.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.host.RealHost;
import dev.goready.release.Platform;
import dev.goready.release.ToolchainModule;
import dev.goready.testing.FaultyServer;
import dev.goready.testing.GoreadyProcess;
import dev.goready.testing.IndexBuilder;
import dev.goready.testing.NoteSigner;
import dev.goready.testing.TestSumdb;
import dev.goready.verify.ModuleHash;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end with a real Go: Debian's golang-1.19-go repacked in the official layout, served from
 * 127.0.0.1, installed by the real launcher, then run.
 */
class GoToolchainE2EIT {
  public static final Path DEBIAN_GOROOT = Path.of(System.getProperty("goready.e2e.goroot", "/usr/lib/go-1.19"));

  @TempDir Path temp;

  @Test
  void theLauncherInstallsARealGoThatBuildsAndRuns() throws Exception {
    assertThat(DEBIAN_GOROOT.resolve("bin/go"))
        .as("a real Go toolchain for the end-to-end test: apt-get install golang-1.19-go (see .ci/run)")
        .exists();
    String version = Files.readString(DEBIAN_GOROOT.resolve("VERSION")).lines().findFirst().orElseThrow().trim();
    RealHost host = new RealHost();
    Platform platform = new Platform(host.os().goos(), host.nativeGoarch());
    String filename = version + "." + platform.goos() + "-" + platform.goarch() + ".tar.gz";
    byte[] archive = packOfficialLayout(DEBIAN_GOROOT, temp.resolve(filename));
    assertThat(archive.length).isGreaterThan(50_000_000);

    try (FaultyServer server = new FaultyServer()) {
      server.serve("/go/" + filename, archive)
          .serve("/dl/index.json", new IndexBuilder().archive(version, platform.goos(), platform.goarch(), archive).bytes());
      Path home = temp.resolve("goready home"); // a space in the path, as on many Windows and macOS machines
      Map<String, String> env = Map.of(
          "GOREADY_HOME", home.toString(),
          "GOREADY_INDEX", server.url("/dl/index.json").toString(),
          "GOREADY_DOWNLOAD_URL", server.url("/go").toString());
      GoreadyProcess.Result install = GoreadyProcess.finish(
          GoreadyProcess.start(List.of(GoreadyProcess.REPO.resolve("goready").toString(), "install", "1.19"), env), 300);
      assertThat(install.exit()).as(install.toString()).isZero();
      assertThat(install.out()).contains("installed " + version);

      Path go = home.resolve("current/bin/go");
      assertThat(run(List.of(go.toString(), "version"), Map.of())).startsWith("go version " + version + " " + platform.goos() + "/" + platform.goarch());
      Path goroot = home.resolve("toolchains").resolve(version);
      assertThat(Path.of(run(List.of(go.toString(), "env", "GOROOT"), Map.of()).trim()).toRealPath()).isEqualTo(goroot.toRealPath());

      Path hello = Files.writeString(temp.resolve("hello.go"), "package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"hello from goready\") }\n");
      Map<String, String> goEnv = Map.of("GOCACHE", temp.resolve("cache").toString(), "GOPATH", temp.resolve("gopath").toString(), "GOFLAGS", "-mod=mod", "GO111MODULE", "off");
      assertThat(run(List.of(go.toString(), "run", hello.toString()), goEnv)).isEqualTo("hello from goready\n");
    }
  }

  /**
   * The same real Go as the golang.org/toolchain module GOTOOLCHAIN downloads, from a module proxy
   * and a checksum database of our own (a fresh Ed25519 key, a log holding its record) on 127.0.0.1.
   */
  @Test
  void theProxySourceInstallsARealGoVouchedForByAChecksumDatabase() throws Exception {
    String version = Files.readString(DEBIAN_GOROOT.resolve("VERSION")).lines().findFirst().orElseThrow().trim();
    RealHost host = new RealHost();
    Platform platform = new Platform(host.os().goos(), host.nativeGoarch());
    ToolchainModule module = new ToolchainModule(version, platform);
    Path zip = packModuleZip(DEBIAN_GOROOT, module, temp.resolve(module.version() + ".zip"));
    TestSumdb log = new TestSumdb(NoteSigner.generate("sum.e2e.test"), 8);
    log.add("rsc.io/quote@v1.5.2", "rsc.io/quote v1.5.2 h1:w5fcysjrx7yqtD/aO+QwRjYZOKnaM9Uh2b40tElTs3Y=\n");
    log.add(ToolchainModule.PATH + "@" + module.version(), ToolchainModule.PATH + " " + module.version() + " " + ModuleHash.ofModuleZip(zip, module.zipPrefix()) + "\n");

    try (FaultyServer server = new FaultyServer()) {
      server.serve("/proxy" + module.proxyPath(".zip"), Files.readAllBytes(zip));
      server.serve("/proxy/sumdb/sum.e2e.test/supported", new byte[0]);
      log.publish(server, "/proxy/sumdb/sum.e2e.test", log.size());
      Path home = temp.resolve("proxy home");
      Map<String, String> env = Map.of(
          "GOREADY_HOME", home.toString(),
          "GOPROXY", server.url("/missing") + "," + server.url("/proxy"),
          "GOSUMDB", log.signer().verifierKey());
      GoreadyProcess.Result install = GoreadyProcess.finish(
          GoreadyProcess.start(List.of(GoreadyProcess.REPO.resolve("goready").toString(), "install", "--source", "proxy", version), env), 300);
      assertThat(install.exit()).as(install.toString()).isZero();
      assertThat(install.err()).contains("verified " + module.version() + " against sum.e2e.test");

      Path go = home.resolve("current/bin/go");
      assertThat(run(List.of(go.toString(), "version"), Map.of())).startsWith("go version " + version);
      Path hello = Files.writeString(temp.resolve("hello.go"), "package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"vouched for\") }\n");
      Map<String, String> goEnv = Map.of("GOCACHE", temp.resolve("cache2").toString(), "GOPATH", temp.resolve("gopath2").toString(), "GO111MODULE", "off");
      assertThat(run(List.of(go.toString(), "run", hello.toString()), goEnv)).isEqualTo("vouched for\n");
      assertThat(home.resolve("toolchains").resolve(version).resolve("src/go.mod")).as("_go.mod restored").exists();
    }
  }

  /** cmd/distpack's module layout: files only, no api/doc/misc/test, go.mod as _go.mod, no modes. */
  static Path packModuleZip(Path goroot, ToolchainModule module, Path target) throws IOException {
    try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(target);
        Stream<Path> tree = Files.walk(goroot, FileVisitOption.FOLLOW_LINKS)) {
      zip.setLevel(Deflater.BEST_SPEED);
      for (Path path : (Iterable<Path>) tree.sorted()::iterator) {
        String relative = goroot.relativize(path).toString().replace('\\', '/');
        if (Files.isDirectory(path) || relative.matches("(api|doc|misc|test)/.*")) {
          continue;
        }
        if (relative.equals("go.mod") || relative.endsWith("/go.mod")) {
          relative = relative.substring(0, relative.length() - "go.mod".length()) + "_go.mod";
        }
        zip.putArchiveEntry(new ZipArchiveEntry(module.zipPrefix() + relative));
        Files.copy(path, zip);
        zip.closeArchiveEntry();
      }
    }
    return target;
  }

  /** The GOROOT, symlinks followed, under a top folder go/, as a .tar.gz like the ones on go.dev. */
  static byte[] packOfficialLayout(Path goroot, Path target) throws IOException {
    try (OutputStream file = Files.newOutputStream(target);
        GZIPOutputStream gzip = new GZIPOutputStream(file, 1 << 16) {
          {
            def.setLevel(Deflater.BEST_SPEED);
          }
        };
        TarArchiveOutputStream tar = new TarArchiveOutputStream(gzip);
        Stream<Path> tree = Files.walk(goroot, FileVisitOption.FOLLOW_LINKS)) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
      for (Path path : (Iterable<Path>) tree.sorted()::iterator) {
        String name = "go/" + goroot.relativize(path).toString().replace('\\', '/');
        boolean directory = Files.isDirectory(path);
        TarArchiveEntry entry = new TarArchiveEntry(directory ? name + "/" : name);
        entry.setMode(directory ? 0755 : Files.isExecutable(path) ? 0755 : 0644);
        entry.setModTime(Files.getLastModifiedTime(path));
        if (!directory) {
          entry.setSize(Files.size(path));
        }
        tar.putArchiveEntry(entry);
        if (!directory) {
          Files.copy(path, tar);
        }
        tar.closeArchiveEntry();
      }
    }
    return Files.readAllBytes(target);
  }

  static String run(List<String> argv, Map<String, String> env) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(argv).redirectErrorStream(true);
    builder.environment().keySet().removeIf(k -> k.equals("GOROOT") || k.startsWith("GO"));
    builder.environment().putAll(env);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(argv + "\n" + output).isZero();
    return output;
  }
}
