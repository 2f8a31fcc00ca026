package dev.goready.self;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.testing.Fuzz;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/** Fuzz targets for what a release mirror hands self update: SHA256SUMS and the bundle names in it. */
@Tag("fuzz")
class SelfPropertiesTest {
  private static final String SUMS = "0123456789abcdef".repeat(4) + "  goready-0.2.0-linux-x64.tar.gz\n"
      + "fedcba9876543210".repeat(4) + " *goready-0.2.0-windows-arm64.zip\r\n"
      + "00112233445566778899aabbccddeeff".repeat(2) + "  install.sh\n\n";

  @Provide
  Arbitrary<String> sums() {
    return Fuzz.near(List.of(SUMS, "<html><body>404</body></html>", ""));
  }

  @Provide
  Arbitrary<String> names() {
    return Fuzz.near(List.of("goready-0.2.0-linux-x64.tar.gz", "goready-1.0.0-rc.1+build.5-macos-arm64.tar.gz", "goready-0.3.0-windows-x64.zip"));
  }

  /** Every answer is an index or a "malformed" error; a bundle it names is one the parser would name again. */
  @Property
  void sumsParseOrAreRefused(@ForAll("sums") String text) {
    ReleaseSums sums = Fuzz.only(text, () -> ReleaseSums.parse(text, "http://127.0.0.1/SHA256SUMS"));
    if (sums == null) {
      return;
    }
    for (String platform : List.of("linux-x64", "linux-arm64", "macos-x64", "macos-arm64", "windows-x64", "windows-arm64")) {
      var found = Fuzz.only(text, () -> sums.bundleFor(platform, "test"));
      if (found != null && found.isPresent()) {
        assertThat(found.get().getValue()).matches("[0-9a-f]{64}");
        assertThat(BundleName.parse(found.get().getKey().filename())).hasValue(found.get().getKey());
      }
    }
  }

  /** A parsed name round-trips, and its version is safe as a folder name under self/. */
  @Property
  void bundleNamesRoundTripAndMakeSafeFolders(@ForAll("names") String name) {
    var parsed = Fuzz.only(name, () -> BundleName.parse(name));
    if (parsed != null && parsed.isPresent()) {
      assertThat(parsed.get().filename()).isEqualTo(name);
      String version = parsed.get().version();
      assertThat(version).doesNotContain("/", "\\", "..", "\0").isNotEqualTo(".");
      assertThat(BundleName.isVersion(version)).isTrue();
    }
  }
}
