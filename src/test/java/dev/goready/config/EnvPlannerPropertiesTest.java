package dev.goready.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.GoreadyException;
import dev.goready.audit.AuditLog;
import dev.goready.testing.Fuzz;
import dev.goready.testing.TestFiles;
import dev.goready.testing.TestHost;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/**
 * goready env on whatever startup files and Go env file a user has: it plans and applies, or refuses in
 * one line; and --remove then gives back every byte of every file it touched.
 */
@Tag("fuzz")
class EnvPlannerPropertiesTest {
  @Provide
  Arbitrary<String> profiles() {
    return Fuzz.near(List.of(
        "# ~/.bashrc\ncase $- in *i*) ;; *) return;; esac\nexport GOPATH=$HOME/work\n",
        "\uFEFF# edited on Windows\r\nexport GOROOT=/usr/local/go\r\nexport PATH=$PATH:/usr/local/go/bin\r\n",
        "# >>> conda initialize >>>\n__conda_setup=\"$('/opt/conda/bin/conda' 'shell.bash' 'hook')\"\n# <<< conda initialize <<<\n",
        "# >>> goready >>>\n. '/old/env.sh'\n# <<< goready <<<\n#THIS MUST BE AT THE END OF THE FILE FOR SDKMAN TO WORK!!!\n",
        "set -gx GOROOT /usr/local/opt/go/libexec\nfish_add_path $HOME/go/bin\n",
        ""));
  }

  @Provide
  Arbitrary<String> goEnvFiles() {
    return Fuzz.near(List.of("GOPATH=/home/ann/go\nGOPROXY=https://proxy.golang.org,direct\n", "GOFLAGS=-mod=mod\r\n", "GOPRIVATE=\n", ""));
  }

  @Property
  void envAppliesOrRefusesAndRemoveGivesBackEveryByte(@ForAll("profiles") String bashrc, @ForAll("profiles") String fish,
      @ForAll("goEnvFiles") String goEnv) throws Exception {
    Path home = Files.createTempDirectory("env-home");
    try {
      Path goready = home.resolve(".local/share/goready");
      Map<Path, byte[]> before = Map.of(home.resolve(".bashrc"), bashrc.getBytes(StandardCharsets.UTF_8),
          home.resolve(".config/fish/config.fish"), fish.getBytes(StandardCharsets.UTF_8), home.resolve(".config/go/env"), goEnv.getBytes(StandardCharsets.UTF_8));
      for (Map.Entry<Path, byte[]> file : before.entrySet()) {
        Files.createDirectories(file.getKey().getParent());
        Files.write(file.getKey(), file.getValue());
      }
      TestHost host = new TestHost().with("HOME", home.toString()).with("PATH", "/usr/bin:/bin");
      EnvPlanner planner = new EnvPlanner(host, goready, Optional.empty());
      EnvApplier applier = new EnvApplier(new AuditLog(goready.resolve("audit.jsonl"), Clock.systemUTC()), Optional.empty());
      Boolean applied = Fuzz.only(List.of(bashrc, fish, goEnv), () -> {
        applier.apply(planner.install(new EnvRequest(Set.of(new Shell.Bash(), new Shell.Fish()), Map.of(), false)));
        return true;
      }, GoreadyException.class);
      if (Boolean.TRUE.equals(applied)) {
        applier.apply(planner.remove(planner.allShells(), true));
      }
      for (Map.Entry<Path, byte[]> file : before.entrySet()) {
        // A file that already held a goready block (an earlier install) loses it, as it should.
        boolean hadBlock = new String(file.getValue(), StandardCharsets.UTF_8).contains(">>> goready >>>");
        if (!hadBlock && (file.getValue().length > 0 || Files.exists(file.getKey()))) {
          assertThat(Files.readAllBytes(file.getKey())).as(file.getKey().toString()).isEqualTo(file.getValue());
        }
      }
    } finally {
      TestFiles.deleteTree(home);
    }
  }
}
