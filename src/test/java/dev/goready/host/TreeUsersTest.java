package dev.goready.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who runs a toolchain, read from a /proc laid out as Linux lays it out. */
class TreeUsersTest {
  @TempDir Path temp;

  @Test
  void executablesAndMappedFilesInTheTreeCountOthersDoNot() throws Exception {
    Path tree = Files.createDirectories(temp.resolve("toolchains/go1.22.5"));
    Path proc = Files.createDirectories(temp.resolve("proc"));
    Files.createDirectories(proc.resolve("self"));
    Files.createSymbolicLink(Files.createDirectories(proc.resolve("101")).resolve("exe"), tree.resolve("bin/gopls"));
    Files.writeString(Files.createDirectories(proc.resolve("202")).resolve("maps"),
        "55d0 r-xp 00000000 08:01 42   /usr/bin/bash\n7f00 r-xp 00000000 08:01 43   " + tree.resolve("pkg/tool/linux_amd64/compile") + " (deleted)\n");
    Files.createSymbolicLink(Files.createDirectories(proc.resolve("303")).resolve("exe"), Path.of("/usr/bin/vim"));
    Files.createDirectories(proc.resolve("404")); // exited, or another user's: nothing readable

    assertThat(TreeUsers.of(proc, tree).orElseThrow()).extracting(TreeUsers.Use::pid).containsExactlyInAnyOrder(101L, 202L);
    assertThat(TreeUsers.of(temp.resolve("no-proc"), tree)).isEmpty();
    assertThat(TreeUsers.mappedFile("7f00 rw-p 00000000 00:00 0 ")).isEmpty();
  }
}
