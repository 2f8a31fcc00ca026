package dev.goready.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.testing.GoreadyProcess;
import dev.goready.testing.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The POSIX launcher: picks a JDK 21+, builds the jar on first use and when sources change, then runs it. */
class LauncherIT {
  @TempDir Path temp;

  GoreadyProcess.Result launch(Path repo, Map<String, String> env, String... args) throws Exception {
    List<String> argv = Stream.concat(Stream.of(repo.resolve("goready").toString()), Stream.of(args)).toList();
    return GoreadyProcess.finish(GoreadyProcess.start(argv, env), 300);
  }

  @Test
  void runsTheBuiltJar() throws Exception {
    GoreadyProcess.Result version = launch(GoreadyProcess.REPO, Map.of(), "--version");
    assertThat(version.exit()).as(version.toString()).isZero();
    assertThat(version.out()).startsWith("goready ");
    assertThat(version.err()).doesNotContain("building");
  }

  @Test
  void buildsOnFirstUseAndAgainWhenASourceChanges() throws Exception {
    Path copy = temp.resolve("checkout");
    TestFiles.copyTree(GoreadyProcess.REPO.resolve("src/main"), copy.resolve("src/main"));
    if (Files.isDirectory(GoreadyProcess.REPO.resolve(".mvn"))) {
      TestFiles.copyTree(GoreadyProcess.REPO.resolve(".mvn"), copy.resolve(".mvn"));
    }
    TestFiles.copyTree(GoreadyProcess.REPO.resolve("scripts"), copy.resolve("scripts"));
    Files.copy(GoreadyProcess.REPO.resolve("pom.xml"), copy.resolve("pom.xml"));
    Files.copy(GoreadyProcess.REPO.resolve("goready"), copy.resolve("goready"), StandardCopyOption.COPY_ATTRIBUTES);

    // The oldest JDK the README promises catches options (in .mvn/jvm.config, the launcher) that only newer ones know.
    Map<String, String> oldest = oldestJdk21().map(jdk -> Map.of("GOREADY_JAVA_HOME", jdk.toString())).orElse(Map.of());
    GoreadyProcess.Result first = launch(copy, oldest, "--version");
    assertThat(first.exit()).as(first.toString()).isZero();
    assertThat(first.err()).contains("building");
    assertThat(first.out() + first.err()).as("no terminal escape codes when not on a terminal").doesNotContain("\u001b");
    assertThat(copy.resolve("target/goready.jar")).exists();

    GoreadyProcess.Result second = launch(copy, oldest, "--version");
    assertThat(second.err()).doesNotContain("building");
    assertThat(copy.resolve("target/goready.jsa")).as("the class-data archive made on first run").exists();

    Files.setLastModifiedTime(copy.resolve("src/main/java/dev/goready/cli/Main.java"), FileTime.from(Instant.now().plusSeconds(60)));
    GoreadyProcess.Result third = launch(copy, oldest, "--version");
    assertThat(third.exit()).as(third.toString()).isZero();
    assertThat(third.err()).contains("building");
  }

  /** The oldest JDK 21+ under /usr/lib/jvm, read from each JDK's release file like scripts/find-jdk.sh does. */
  static Optional<Path> oldestJdk21() throws IOException {
    Path jvms = Path.of("/usr/lib/jvm");
    if (!Files.isDirectory(jvms)) {
      return Optional.empty();
    }
    try (Stream<Path> jdks = Files.list(jvms)) {
      return jdks.filter(jdk -> Files.isExecutable(jdk.resolve("bin/java")) && majorVersion(jdk) >= 21)
          .min(Comparator.comparingInt(LauncherIT::majorVersion));
    }
  }

  static int majorVersion(Path jdk) {
    try {
      Matcher version = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)").matcher(Files.readString(jdk.resolve("release")));
      return version.find() ? Integer.parseInt(version.group(1)) : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  @Test
  void refusesAJdkOlderThan21WithAHint() throws Exception {
    Path oldJdk = Files.createDirectories(temp.resolve("jdk-17/bin"));
    Files.writeString(oldJdk.getParent().resolve("release"), "JAVA_VERSION=\"17.0.15\"\n");
    Path java = Files.writeString(oldJdk.resolve("java"), "#!/bin/sh\necho should not run; exit 99\n");
    java.toFile().setExecutable(true);
    GoreadyProcess.Result result = launch(GoreadyProcess.REPO, Map.of("GOREADY_JAVA_HOME", oldJdk.getParent().toString()), "--version");
    assertThat(result.exit()).isEqualTo(5);
    assertThat(result.err()).contains("no JDK 21 or newer", "Java 17", "GOREADY_JAVA_HOME");
  }
}
