package dev.goready.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goready.release.Platform;
import dev.goready.release.ToolchainModule;
import dev.goready.testing.ArchiveBuilder;
import dev.goready.verify.ModuleHash;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The toolchain-module view of a go.dev archive. */
class ReleaseArchiveHashTest {
  @TempDir Path temp;

  @Test
  void aReleaseArchiveHashesLikeItsToolchainModule() throws Exception {
    ToolchainModule module = new ToolchainModule("go1.22.5", new Platform("linux", "amd64"));
    ArchiveBuilder tree = ArchiveBuilder.goToolchain("go1.22.5", "linux", "amd64")
        .file("go/src/go.mod", "module std\n")
        .file("go/src/cmd/go.mod", "module cmd\n")
        .file("go/api/go1.txt", "pkg fmt\n")
        .file("go/doc/go_spec.html", "<html>")
        .file("go/misc/wasm/wasm_exec.js", "//")
        .file("go/test/helloworld.go", "package main\n");
    Path tarGz = Files.write(temp.resolve("go1.22.5.linux-amd64.tar.gz"), tree.tarGz());
    Path windowsZip = Files.write(temp.resolve("go1.22.5.linux-amd64.zip"), tree.zip());
    Path moduleZip = Files.write(temp.resolve("module.zip"), tree.toolchainModuleZip(module.version()));
    String expected = ModuleHash.ofModuleZip(moduleZip, module.zipPrefix());
    assertThat(ReleaseArchiveHash.of(tarGz, module)).isEqualTo(expected);
    assertThat(ReleaseArchiveHash.of(windowsZip, module)).isEqualTo(expected);
    assertThat(ReleaseArchiveHash.of(tarGz, new ToolchainModule("go1.22.4", new Platform("linux", "amd64")))).isNotEqualTo(expected);
  }

  /**
   * Found by ReleaseArchiveHashPropertiesTest: a file name with a newline was an IllegalArgumentException
   * (an internal error from verify --sumdb), and a file listed twice (or a go.mod beside the _go.mod it
   * becomes) was hashed as its last copy.
   */
  @Test
  void aFileListedTwiceOrWithANewlineIsRefused() throws Exception {
    ToolchainModule module = new ToolchainModule("go1.22.5", new Platform("linux", "amd64"));
    ArchiveBuilder newline = ArchiveBuilder.goToolchain("go1.22.5", "linux", "amd64").file("go/src/line\nbreak.go", "package x\n");
    ArchiveBuilder twice = ArchiveBuilder.goToolchain("go1.22.5", "linux", "amd64").file("go/VERSION", "go1.22.6\n");
    ArchiveBuilder renamedOntoAnother = ArchiveBuilder.goToolchain("go1.22.5", "linux", "amd64")
        .file("go/src/go.mod", "module std\n").file("go/src/_go.mod", "module other\n");
    for (ArchiveBuilder tree : new ArchiveBuilder[] {newline, twice, renamedOntoAnother}) {
      Path tarGz = Files.write(temp.resolve("go1.22.5.linux-amd64.tar.gz"), tree.tarGz());
      Path zip = Files.write(temp.resolve("go1.22.5.linux-amd64.zip"), tree.zip());
      for (Path archive : new Path[] {tarGz, zip}) {
        assertThatThrownBy(() -> ReleaseArchiveHash.of(archive, module)).isInstanceOf(IOException.class).hasMessageContaining("twice or with a newline");
      }
    }
  }
}
