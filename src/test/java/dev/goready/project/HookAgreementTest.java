package dev.goready.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.GoreadyException;
import dev.goready.install.ToolchainStore;
import dev.goready.testing.TestHost;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The shell hooks resolve pins in plain shell, goready in Java: for random project trees, pin files
 * (with BOMs, CRLF, comments, lines, minimums, junk) and installed toolchains, bash, zsh and fish
 * choose exactly what `goready which` would, or refuse exactly where goready does.
 */
class HookAgreementTest {
  private static final List<String> INSTALLABLE = List.of("go1.19.8", "go1.20", "go1.21.0", "go1.21.13", "go1.22rc1", "go1.22.5", "go1.22.12", "go1.23.4");
  private static final List<String> WORDS = List.of("1.21.13", "1.22", "go1.22.5", "1.22.12", "1.23rc1", "go1.22rc1", "1.19", "1.20",
      "go1.20", "1.20.0", "1", "latest", "system", "1.22.5rc1", "1.30.1", "1.21");

  /** One level of the tree above the working folder: what pin files it holds. */
  record Level(Optional<String> goVersion, Optional<String> goMod, Optional<String> goWork) {}

  record Layout(List<String> installed, Optional<String> active, List<Level> levels, Optional<String> variable) {}

  @Provide
  Arbitrary<Layout> layouts() {
    Arbitrary<String> word = Arbitraries.of(WORDS);
    Arbitrary<String> goVersion = Combinators.combine(word, Arbitraries.of("", "\uFEFF", "# pinned\n"), Arbitraries.of("\n", "\r\n", ""))
        .as((w, before, end) -> before + w + end);
    Arbitrary<String> goMod = Combinators.combine(word, word.optional(), Arbitraries.of("\n", "\r\n"))
        .as((go, toolchain, end) -> "module example.com/m" + end + end + "go " + go.replaceFirst("^go", "") + " // language" + end
            + toolchain.map(t -> "toolchain go" + t.replaceFirst("^go", "") + "-corp" + end).orElse("") + "require example.com/x v1.0.0" + end);
    Arbitrary<Level> level = Combinators.combine(goVersion.optional(0.2), goMod.optional(0.4), goMod.optional(0.15)).as(Level::new);
    Arbitrary<List<String>> installed = Arbitraries.of(INSTALLABLE).list().uniqueElements().ofMaxSize(6);
    return Combinators.combine(installed, Arbitraries.integers().between(-1, 5), level.list().ofSize(3), word.optional(0.1))
        .as((versions, activeAt, levels, variable) -> new Layout(versions,
            activeAt >= 0 && activeAt < versions.size() ? Optional.of(versions.get(activeAt)) : Optional.empty(), levels, variable));
  }

  @Property(tries = 60)
  void theHooksChooseWhatGoreadyChooses(@ForAll("layouts") Layout layout) throws Exception {
    Path root = Files.createTempDirectory("goready-hook-agreement");
    try {
      Path home = root.resolve("home");
      Path cwd = build(root, home, layout);
      String expected = java(home, cwd, layout);
      String bash = shell(List.of("bash", "-c", posixProbe(home), "probe", cwd.toString()), layout);
      String zsh = shell(List.of("zsh", "-f", "-c", posixProbe(home), "probe", cwd.toString()), layout);
      String fish = shell(List.of("fish", "--no-config", "-c", fishProbe(home), cwd.toString()), layout);
      assertThat(List.of(bash, zsh, fish)).as(layout.toString()).containsOnly(expected);
    } finally {
      try (Stream<Path> files = Files.walk(root)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static Path build(Path root, Path home, Layout layout) throws IOException {
    for (String version : layout.installed()) {
      Path toolchain = Files.createDirectories(home.resolve("toolchains").resolve(version).resolve("bin"));
      Files.writeString(toolchain.getParent().resolve("VERSION"), version); // Go 1.19's has no line end
    }
    layout.active().ifPresent(version -> {
      try {
        Files.createSymbolicLink(home.resolve("current"), Path.of("toolchains", version));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    Files.createDirectories(home.resolve("hook"));
    Path dir = Files.createDirectories(root.resolve("a/b/c"));
    Path level = dir;
    for (Level pins : layout.levels()) {
      write(level.resolve(".go-version"), pins.goVersion());
      write(level.resolve("go.mod"), pins.goMod());
      write(level.resolve("go.work"), pins.goWork());
      level = level.getParent();
    }
    return dir;
  }

  private static void write(Path file, Optional<String> content) throws IOException {
    if (content.isPresent()) {
      Files.writeString(file, content.get(), StandardCharsets.UTF_8);
    }
  }

  /** What goready which answers, in the hook's terms: a toolchain, default, none, missing or error. */
  private static String java(Path home, Path cwd, Layout layout) throws IOException {
    TestHost host = new TestHost();
    layout.variable().ifPresent(v -> host.with(PinFinder.VARIABLE, v));
    ToolchainStore store = new ToolchainStore(home);
    try {
      Optional<Pin> pin = new PinFinder(host).find(cwd);
      if (pin.isEmpty()) {
        return "none";
      }
      return switch (ToolchainChoice.of(pin, store.installed(), store.active())) {
        case ToolchainChoice.Missing missing -> "missing";
        case ToolchainChoice.Nothing nothing -> "none";
        case ToolchainChoice.Found found -> pin.get().selector() instanceof dev.goready.release.Selector.AtLeast && found.isDefault()
            ? "default" : found.version();
      };
    } catch (GoreadyException refused) {
      return "error";
    }
  }

  private static String posixProbe(Path home) {
    return ". " + hook(home, ShellHook.POSIX) + "; cd \"$1\" || exit 9; _goready_find\n"
        + "case $_goready_kind in '' | exact | line | min) ;; *) echo error; exit ;; esac\n"
        + "[ -n \"$_goready_pin\" ] || { echo none; exit; }\n"
        + "_goready_choose\n"
        + "if [ -n \"$_goready_missing\" ]; then echo missing; elif [ -z \"$_goready_found\" ]; then echo default; else echo \"$_goready_found\"; fi";
  }

  private static String fishProbe(Path home) {
    return "source " + hook(home, ShellHook.FISH) + "; cd $argv[1]; or exit 9; __goready_find\n"
        + "if not contains -- \"$__goready_kind\" '' exact line min; echo error; exit; end\n"
        + "if test -z \"$__goready_pin\"; echo none; exit; end\n"
        + "set -l found (__goready_choose); or begin; echo missing; exit; end\n"
        + "if test -n \"$found\"; echo $found; else; echo default; end";
  }

  private static String hook(Path home, ShellHook hook) {
    try {
      Path file = hook.file(home);
      Files.writeString(file, hook.script(home, "false"));
      return "'" + file + "'";
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String shell(List<String> argv, Layout layout) throws Exception {
    List<String> command = new ArrayList<>(argv);
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(k -> k.startsWith("GO") || k.equals("XDG_RUNTIME_DIR"));
    layout.variable().ifPresent(v -> env.put(PinFinder.VARIABLE, v));
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return out;
  }
}
