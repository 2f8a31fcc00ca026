package dev.goready.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.testing.GoreadyProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The release bundle scripts/dist.sh makes, unpacked and run with no JDK on PATH and no JAVA_HOME. */
class DistIT {
  @TempDir Path temp;

  @Test
  void theBundleRunsOnAMachineWithoutAJdk() throws Exception {
    Path out = temp.resolve("dist");
    GoreadyProcess.Result dist = GoreadyProcess.finish(GoreadyProcess.start(
        List.of(GoreadyProcess.REPO.resolve("scripts/dist.sh").toString()),
        Map.of("GOREADY_DIST_JAR", GoreadyProcess.JAR.toString(), "GOREADY_DIST_OUT", out.toString())), 600);
    assertThat(dist.exit()).as(dist.toString()).isZero();
    Path archive;
    try (Stream<Path> files = Files.list(out)) {
      archive = files.filter(f -> f.getFileName().toString().endsWith(".tar.gz")).findFirst().orElseThrow();
    }
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
    assertThat(home.resolve(".cache/goready")).as("the class-data archive, made on first use").isNotEmptyDirectory();

    GoreadyProcess.Result doctor = bare(top, home, tools, "doctor", "--offline", "--format", "json");
    assertThat(doctor.exit()).as(doctor.toString()).isIn(0, 1);
    assertThat(doctor.out()).contains("\"checks\"");
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
