package dev.goready.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class ReleaseIndexTest {

  static ReleaseIndex sample() throws IOException {
    try (var in = Objects.requireNonNull(ReleaseIndexTest.class.getResourceAsStream("/index/go-dev-sample.json"))) {
      return ReleaseIndex.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "sample");
    }
  }

  @Test
  void parsesGoDevFormatNewestFirst() throws IOException {
    ReleaseIndex index = sample();
    assertThat(index.releases()).extracting(Release::version)
        .containsExactly("go1.23rc1", "go1.22.5", "go1.22.4", "go1.21.12", "go1.21.0", "go1.21rc2", "go1.20", "go1.4.3");
    Release release = index.find(GoVersion.parse("go1.22.5").orElseThrow()).orElseThrow();
    ReleaseFile linux = release.archiveFor(new Platform("linux", "amd64")).orElseThrow();
    assertThat(linux.filename()).isEqualTo("go1.22.5.linux-amd64.tar.gz");
    assertThat(linux.sha256()).isEqualTo("904b924d435eaea086515bc63235b192ea441bd8c9b198c507e85009e6e4c7f0");
    assertThat(linux.size()).isEqualTo(68_958_122L);
    assertThat(release.archiveFor(new Platform("windows", "arm64")).orElseThrow().filename()).isEqualTo("go1.22.5.windows-arm64.zip");
    assertThat(release.msiFor(new Platform("windows", "amd64")).orElseThrow().filename()).isEqualTo("go1.22.5.windows-amd64.msi");
    assertThat(release.archivePlatforms()).contains("darwin/arm64", "linux/amd64", "windows/arm64");
  }

  @Test
  void oldReleasesMayHaveNoDigest() throws IOException {
    Release old = sample().find(GoVersion.parse("go1.4.3").orElseThrow()).orElseThrow();
    assertThat(old.archiveFor(new Platform("linux", "amd64")).orElseThrow().expectedSha256()).isEmpty();
  }

  @Test
  void malformedJsonIsANetworkOrMirrorProblemNamingTheSource() {
    assertThatThrownBy(() -> ReleaseIndex.parse("<html>captive portal</html>", "https://mirror.example/dl"))
        .isInstanceOfSatisfying(GoreadyException.class, e -> {
          assertThat(e.exitCode()).isEqualTo(ExitCode.NETWORK);
          assertThat(e.getMessage()).contains("https://mirror.example/dl", "not valid JSON");
        });
    assertThatThrownBy(() -> ReleaseIndex.parse("{\"version\":\"go1.22.5\"}", "x"))
        .isInstanceOf(GoreadyException.class).hasMessageContaining("expected a JSON array");
  }

  @Test
  void skipsEntriesThatAreNotGoVersions() {
    ReleaseIndex index = ReleaseIndex.parse("[{\"version\":\"weekly.2011-01-01\",\"files\":[]},{\"version\":\"go1.22.5\",\"stable\":true,\"files\":[]}]", "x");
    assertThat(index.releases()).extracting(Release::version).isEqualTo(List.of("go1.22.5"));
  }

  private static String indexWith(String filename, String size) {
    return "[{\"version\":\"go1.22.5\",\"stable\":true,\"files\":[{\"filename\":" + filename
        + ",\"os\":\"linux\",\"arch\":\"amd64\",\"sha256\":\"\",\"size\":" + size + ",\"kind\":\"archive\"}]}]";
  }

  @Test
  void fileNamesThatArePathsOrOddRefuseTheIndex() {
    for (String name : List.of("\"../../x.tar.gz\"", "\"/tmp/x.tar.gz\"", "\"go1.22.5.linux-amd64/../x.tar.gz\"",
        "\"go1.22.5.linux-amd64.tar.gz\\u0000\"", "\"go1.22.5.linux\\u001b-amd64.tar.gz\"", "\"go1.22.5 linux-amd64.tar.gz\"",
        "\"go1.22.5.linux-amd64.exe\"", "\"gofoo.linux-amd64.tar.gz\"", "\"..\\\\x.zip\"")) {
      assertThatThrownBy(() -> ReleaseIndex.parse(indexWith(name, "100"), "https://mirror.example/dl"))
          .as(name)
          .isInstanceOfSatisfying(GoreadyException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(ExitCode.NETWORK);
            assertThat(e.getMessage()).contains("https://mirror.example/dl", "file name").doesNotContain("\u0000", "\u001b");
          });
    }
  }

  @Test
  void goShapedNamesAreAccepted() {
    for (String name : List.of("go1.22.5.linux-amd64.tar.gz", "go1.22.5.src.tar.gz", "go1.21rc2.windows-arm64.zip",
        "go1.4.3.darwin-amd64-osx10.8.pkg", "go1.20.windows-386.msi")) {
      assertThat(ReleaseIndex.parse(indexWith("\"" + name + "\"", "1"), "x").releases().getFirst().files().getFirst().filename()).isEqualTo(name);
    }
  }

  @Test
  void sizesThatAreNotSaneByteCountsRefuseTheIndex() {
    for (String size : List.of("0", "-1", "\"abc\"", "1.5", "9223372036854775808", "99999999999999999999999", "17179869184", "null")) {
      assertThatThrownBy(() -> ReleaseIndex.parse(indexWith("\"go1.22.5.linux-amd64.tar.gz\"", size), "x"))
          .as(size)
          .isInstanceOfSatisfying(GoreadyException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.NETWORK))
          .hasMessageContaining("size");
    }
  }

  @Test
  void trailingGarbageAfterTheIndexIsRefused() {
    assertThatThrownBy(() -> ReleaseIndex.parse("[] <html>moved</html>", "x"))
        .isInstanceOfSatisfying(GoreadyException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.NETWORK));
    assertThatThrownBy(() -> ReleaseIndex.parse("[][]", "x")).isInstanceOf(GoreadyException.class);
  }
}
