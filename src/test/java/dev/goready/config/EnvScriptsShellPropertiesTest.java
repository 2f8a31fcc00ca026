package dev.goready.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.testing.TestHost;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The env files goready writes, sourced by the real shells with folder names users really have (and
 * hostile ones): the folder ends up first on PATH, byte for byte, once however often the file is sourced.
 */
class EnvScriptsShellPropertiesTest {
  @Provide
  Arbitrary<String> folders() {
    // Everything a folder name can hold except what PATH itself cannot carry (':', newline, NUL).
    Arbitrary<Character> chars = Arbitraries.of("abcXYZ019 ._-'\"$`\\;&|()<>*?[]{}!#~%^=+,@éü中\t".chars().mapToObj(c -> (char) c).toArray(Character[]::new));
    return chars.list().ofMinSize(1).ofMaxSize(24).map(cs -> "/tmp/goready env/" + cs.stream().map(String::valueOf).reduce("", String::concat));
  }

  @Provide
  Arbitrary<Shell> shells() {
    return Arbitraries.of(new Shell.Sh(), new Shell.Bash(), new Shell.Zsh(), new Shell.Fish());
  }

  @Property(tries = 120)
  void aSourcedEnvFilePutsTheFolderFirstOnPathOnce(@ForAll("folders") String folder, @ForAll("shells") Shell shell) throws Exception {
    Path dir = Files.createTempDirectory("env-script");
    try {
      Path file = dir.resolve("env." + (shell instanceof Shell.Fish ? "fish" : "sh"));
      EnvLayout layout = EnvLayout.of(new TestHost(), dir, List.of(folder, "/usr/bin"));
      Files.write(file, EnvScripts.content(shell, layout).getBytes(StandardCharsets.UTF_8));
      List<String> path = sourcedTwice(shell, file);
      assertThat(path.getFirst()).as(EnvScripts.content(shell, layout)).isEqualTo(folder);
      assertThat(path.stream().filter(folder::equals)).hasSize(1);
      assertThat(path.stream().filter("/usr/bin"::equals)).hasSize(1);
    } finally {
      dev.goready.testing.TestFiles.deleteTree(dir);
    }
  }

  /** PATH after sourcing the file twice in a shell started with PATH=/usr/bin:/bin, one entry per line. */
  private static List<String> sourcedTwice(Shell shell, Path file) throws Exception {
    List<String> argv = switch (shell) {
      case Shell.Fish f -> List.of("fish", "--no-config", "-c", "source $argv[1]; source $argv[1]; string join \\n -- $PATH", file.toString());
      case Shell.Zsh z -> List.of("zsh", "-f", "-c", ". \"$1\"; . \"$1\"; print -r -- \"$PATH\"", "zsh", file.toString());
      case Shell.Bash b -> List.of("bash", "--norc", "--noprofile", "-c", ". \"$1\"; . \"$1\"; printf '%s' \"$PATH\"", "bash", file.toString());
      default -> List.of("sh", "-c", ". \"$1\"; . \"$1\"; printf '%s' \"$PATH\"", "sh", file.toString());
    };
    ProcessBuilder builder = new ProcessBuilder(argv).redirectErrorStream(true);
    builder.environment().put("PATH", "/usr/bin:/bin");
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(out).isZero();
    return Arrays.asList(out.split(shell instanceof Shell.Fish ? "\n" : ":"));
  }
}
