package dev.goready.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoBuildInfoTest {
  @TempDir Path temp;

  /** The layout Go 1.18+ writes: magic, pointer size, flags (2: inline strings), padding to 32, then two varint strings. */
  static byte[] buildInfo(String version, String modules) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("\u00ff Go buildinf:".getBytes(StandardCharsets.ISO_8859_1));
    out.write(8);
    out.write(2);
    out.writeBytes(new byte[16]);
    for (String s : new String[] {version, modules}) {
      byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
      int n = bytes.length;
      while (n >= 0x80) {
        out.write(n & 0x7f | 0x80);
        n >>>= 7;
      }
      out.write(n);
      out.writeBytes(bytes);
    }
    return out.toByteArray();
  }

  static byte[] binaryWithInfoAt(int offset, byte[] info) {
    byte[] file = new byte[offset + info.length + 100];
    file[offset - 16] = (byte) 0xff; // near misses: the magic's first byte off the alignment and before it
    file[offset - 3] = (byte) 0xff;
    System.arraycopy(info, 0, file, offset, info.length);
    return file;
  }

  @Test
  void findsTheInfoWhereverTheLinkerPutItEvenAcrossReadChunks() throws IOException {
    String modules = "0123456789abcdef" + "path\tgolang.org/x/tools/gopls\nmod\tgolang.org/x/tools/gopls\tv0.16.2\th1:x=\n" + "fedcba9876543210";
    byte[] info = buildInfo("go1.21.13", modules);
    for (int offset : new int[] {16, 4096, (1 << 20) - 16, (1 << 20) + 64 * 1024 - 32, 3 << 20}) {
      assertThat(GoBuildInfo.read(new ByteArrayInputStream(binaryWithInfoAt(offset, info)))).as("at " + offset)
          .contains(new GoBuildInfo("go1.21.13", "golang.org/x/tools/gopls"));
    }
  }

  @Test
  void misalignedTruncatedAndOldLayoutsGiveNothing() throws IOException {
    byte[] info = buildInfo("go1.22.5", "path\tx\n");
    assertThat(GoBuildInfo.read(new ByteArrayInputStream(binaryWithInfoAt(4096 + 8, info)))).isEmpty();
    byte[] truncated = java.util.Arrays.copyOf(binaryWithInfoAt(4096, info), 4096 + 34);
    assertThat(GoBuildInfo.read(new ByteArrayInputStream(truncated))).isEmpty();
    byte[] pointers = binaryWithInfoAt(4096, info);
    pointers[4096 + 15] = 0; // Go 1.17 and older: flags without inline strings
    assertThat(GoBuildInfo.read(new ByteArrayInputStream(pointers))).isEmpty();
    assertThat(GoBuildInfo.read(new ByteArrayInputStream("#!/bin/sh\necho hi\n".getBytes()))).isEmpty();
  }

  @Test
  void readsWhatARealGoWrote() throws Exception {
    Path go = Path.of("/usr/lib/go-1.21/bin/go");
    assumeThat(go).as(".ci/run installs golang-1.21-go").exists();
    Files.writeString(temp.resolve("go.mod"), "module example.com/tool\n\ngo 1.21\n");
    Files.writeString(temp.resolve("main.go"), "package main\n\nfunc main() {}\n");
    ProcessBuilder build = new ProcessBuilder(go.toString(), "build", "-o", "tool", ".").directory(temp.toFile()).inheritIO();
    build.environment().put("GOTOOLCHAIN", "local");
    build.environment().put("GOFLAGS", "-mod=mod");
    build.environment().put("GOCACHE", temp.resolve("cache").toString());
    assertThat(build.start().waitFor()).isZero();
    String version = Files.readString(go.getParent().getParent().resolve("VERSION")).lines().findFirst().orElseThrow();
    try (InputStream in = Files.newInputStream(temp.resolve("tool"))) {
      assertThat(GoBuildInfo.read(in)).isEqualTo(Optional.of(new GoBuildInfo(version, "example.com/tool")));
    }
  }
}
