package dev.goready.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.goready.testing.GoreadyProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Per-project Go as users meet it: four real Go releases (Debian's golang-1.19/1.21/1.22/1.23) in the
 * store, two projects pinning different ones, `goready env --hook` run by the real jar, then real
 * interactive bash, zsh and fish started from the files it wrote, cd-ing between the projects and
 * running `go version` in each. goready exec and which answer the same from Java.
 */
class ProjectToolchainsIT {
  private static final List<String> LINES = List.of("1.19", "1.21", "1.22", "1.23");

  @TempDir Path home;
  Path store;
  final Map<String, String> versions = new LinkedHashMap<>(); // line → installed version, e.g. 1.22 → go1.22.12
  Path older;
  Path newer;
  Path broken;

  @BeforeEach
  void fourToolchainsAndThreeProjects() throws Exception {
    for (String line : LINES) {
      Path goroot = Path.of("/usr/lib/go-" + line);
      assumeThat(goroot.resolve("bin/go")).as(".ci/run installs golang-" + line + "-go").exists();
      String version = Files.readString(goroot.resolve("VERSION")).lines().findFirst().orElseThrow().strip();
      versions.put(line, version);
      Path toolchain = Files.createDirectories(home.resolve(".local/share/goready/toolchains").resolve(version).resolve("bin"));
      for (String program : List.of("go", "gofmt")) { // go finds its GOROOT through the link
        Files.createSymbolicLink(toolchain.resolve(program), goroot.resolve("bin").resolve(program));
      }
      Files.copy(goroot.resolve("VERSION"), toolchain.getParent().resolve("VERSION"));
    }
    store = home.resolve(".local/share/goready");
    Files.createSymbolicLink(store.resolve("current"), Path.of("toolchains", versions.get("1.23")));
    older = Files.createDirectories(home.resolve("src/older/cmd"));
    Files.writeString(older.getParent().resolve("go.mod"), "module example.com/older\n\ngo 1.19\n");
    Files.writeString(older.getParent().resolve(".go-version"), "\uFEFF" + versions.get("1.19").substring(2) + "\r\n");
    newer = Files.createDirectories(home.resolve("src/newer"));
    Files.writeString(newer.resolve("go.mod"), "module example.com/newer\n\ngo 1.21\n\ntoolchain " + versions.get("1.22") + "\n");
    broken = Files.createDirectories(home.resolve("src/broken"));
    Files.writeString(broken.resolve(".go-version"), "latest\n");
  }

  private Map<String, String> environment() {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("HOME", home.toString());
    env.put("PATH", "/usr/bin:/bin");
    env.put("LANG", "C.UTF-8");
    env.put("GOTOOLCHAIN", "auto"); // the default: go would switch, and download, if the pinned Go were not the one running
    env.put("GOPROXY", "off");
    env.put("GOFLAGS", "-mod=mod");
    return env;
  }

  private record Result(int exit, String output) {}

  private Result run(List<String> argv, Path dir, String stdin) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(argv).directory(dir.toFile()).redirectErrorStream(true);
    builder.environment().clear();
    builder.environment().putAll(environment());
    Process process = builder.start();
    try (var in = process.getOutputStream()) {
      in.write(stdin.getBytes());
    }
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Result(process.exitValue(), output);
  }

  private Result goready(Path dir, String... args) throws Exception {
    List<String> argv = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", GoreadyProcess.JAR.toString()));
    argv.addAll(List.of(args));
    return run(argv, dir, "");
  }

  @Test
  void realShellsSwitchGoAsTheyEnterEachProject() throws Exception {
    Result env = goready(home, "env", "--hook", "--shell", "bash,zsh,fish");
    assertThat(env.exit()).as(env.output()).isZero();
    assertThat(store.resolve("hook/goready.sh")).exists();

    String script = String.join("\n", "cd " + older, "go version", "cd " + newer, "go version", "cd " + broken, "go version",
        "cd " + home, "go version", "cd " + older.getParent(), "go version", "exit", "");
    for (List<String> shell : List.of(List.of("bash", "-i"), List.of("zsh", "-i"), List.of("fish", "-i"))) {
      Result result = run(shell, home, script);
      List<String> gos = result.output().lines().filter(l -> l.contains("go version go")).map(l -> l.replaceAll(".*go version (go\\S+) .*", "$1")).toList();
      assertThat(gos).as(shell + "\n" + result.output())
          .containsExactly(versions.get("1.19"), versions.get("1.22"), versions.get("1.22"), versions.get("1.23"), versions.get("1.19"));
      assertThat(result.output()).as(shell.getFirst()).contains(broken.resolve(".go-version") + " says 'latest'").doesNotContain("downloading");
    }
  }

  @Test
  void execWhichAndCurrentAnswerFromJava() throws Exception {
    Result version = goready(older, "exec", "--", "go", "version");
    assertThat(version.output()).as(version.output()).contains("go version " + versions.get("1.19") + " ");
    assertThat(goready(newer, "exec", "go", "env", "GOROOT").output().strip()).isEqualTo(store.resolve("toolchains").resolve(versions.get("1.22")).toString());
    assertThat(goready(older, "exec", "1.21", "--", "go", "version").output()).contains("go version " + versions.get("1.21") + " ");
    // Older than newer/go.mod's toolchain line: the go command itself would switch and download, and goready says so first.
    assertThat(goready(newer, "exec", "1.21", "--", "go", "version").output())
        .contains("goready: warning: " + versions.get("1.21") + " is older than the " + versions.get("1.22") + " that " + newer.resolve("go.mod") + ", toolchain line asks for")
        .contains("set GOTOOLCHAIN=local");
    assertThat(goready(newer, "exec", "--", "sh", "-c", "exit 7").exit()).isEqualTo(7);
    assertThat(goready(newer, "which", "gofmt").output().strip()).isEqualTo(store.resolve("toolchains").resolve(versions.get("1.22")).resolve("bin/gofmt").toString());
    assertThat(goready(older, "current").output()).isEqualTo(versions.get("1.19") + " (" + older.getParent().resolve(".go-version") + ")\n");

    // A gopls built by an older Go line than the project's: current says so, with the command that rebuilds it.
    Path tool = Files.createDirectories(home.resolve("tool"));
    Files.writeString(tool.resolve("go.mod"), "module golang.org/x/tools/gopls\n\ngo 1.21\n");
    Files.writeString(tool.resolve("main.go"), "package main\n\nfunc main() {}\n");
    Result built = run(List.of(store.resolve("toolchains").resolve(versions.get("1.21")).resolve("bin/go").toString(), "build", "-o",
        home.resolve("go/bin/gopls").toString(), "."), tool, "");
    assertThat(built.exit()).as(built.output()).isZero();
    assertThat(goready(newer, "current").output()).contains("goready: warning: " + home.resolve("go/bin/gopls") + " was built with " + versions.get("1.21"))
        .contains("rebuild it: go install golang.org/x/tools/gopls@latest");
    assertThat(goready(older, "current").output()).doesNotContain("warning");

    Result missing = goready(newer, "exec", "1.30.1", "--", "go", "version");
    assertThat(missing.exit()).isEqualTo(5);
    assertThat(missing.output()).contains("go go1.30.1, which is not installed").contains("goready install go1.30.1");
    assertThat(goready(broken, "current").exit()).isEqualTo(2);
  }
}
