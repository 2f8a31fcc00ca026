package dev.goready.release;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.testing.Fuzz;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/** Fuzz targets for what a mirror or the user hands the release package: the index, versions, selectors, go.mod, .go-version. */
@Tag("fuzz")
class ReleasePropertiesTest {
  private static final String VERSION_SAMPLES_JOINED =
      "go1.22.5 1.22.5 go1.21rc2 1.21 go1.9beta2 go1.20 go1.21.0 latest 1.22 go1.23.4 go1.10";

  @Provide
  Arbitrary<String> versions() {
    return Fuzz.near(java.util.List.of(VERSION_SAMPLES_JOINED.split(" ")));
  }

  @Property
  void versionsParseOrAreEmptyAndRoundTrip(@ForAll("versions") String text) {
    var parsed = Fuzz.only(text, () -> GoVersion.parse(text));
    if (parsed != null && parsed.isPresent()) {
      // Go's spelling of a parsed version parses back to the same version.
      assertThat(GoVersion.parse(parsed.get().toString())).contains(parsed.get());
    }
  }

  @Property
  void selectorsParseOrAreAUsageError(@ForAll("versions") String text) {
    Fuzz.only(text, () -> Selector.parse(text));
  }

  @Property
  void toolchainSettingsAreJudgedWithoutFailing(@ForAll("versions") String text) {
    Fuzz.only(text, () -> ToolchainSetting.isValid(text + "+auto"));
  }

  @Provide
  Arbitrary<String> goMods() {
    return Fuzz.near(
        "module example.com/app\n\ngo 1.22\n",
        "module example.com/app\n\ngo 1.22.1\n\ntoolchain go1.22.5\n\nrequire (\n\tgolang.org/x/mod v0.17.0\n)\n",
        "module m // comment\r\ngo 1.21rc2 // the language\r\ntoolchain go1.22.5-corp\r\n",
        "go 1.23\ntoolchain go1.23.4+auto\n");
  }

  @Property
  void goModsGiveASelectorOrAUsageError(@ForAll("goMods") String content) {
    Fuzz.only(content, () -> GoMod.selector(content, "go.mod"));
  }

  @Provide
  Arbitrary<String> goVersionFiles() {
    return Fuzz.near("1.22.5\n", "\uFEFFgo1.21.13\r\n", "# pin\n1.22\n", "latest\n", "1.23rc1", "");
  }

  @Property
  void goVersionFilesGiveAPinOrAUsageError(@ForAll("goVersionFiles") String content) {
    Fuzz.only(content, () -> GoVersionFile.selector(content, ".go-version"));
  }

  @Provide
  Arbitrary<byte[]> buildInfos() {
    byte[] info = GoBuildInfoTest.buildInfo("go1.22.5", "0123456789abcdefpath\tgolang.org/x/tools/gopls\nfedcba9876543210");
    return Fuzz.nearBytes(java.util.List.of(GoBuildInfoTest.binaryWithInfoAt(64, info), info));
  }

  @Property
  void binariesGiveTheirBuildInfoOrNothing(@ForAll("buildInfos") byte[] binary) {
    Fuzz.only(new String(binary, StandardCharsets.ISO_8859_1), () -> GoBuildInfo.read(new java.io.ByteArrayInputStream(binary)));
  }

  @Provide
  Arbitrary<String> indexes() throws IOException {
    String sample = Files.readString(Path.of("src/test/resources/index/go-dev-sample.json"), StandardCharsets.UTF_8);
    return Fuzz.near(
        sample,
        "[{\"version\":\"go1.22.5\",\"stable\":true,\"files\":[{\"filename\":\"go1.22.5.linux-amd64.tar.gz\","
            + "\"os\":\"linux\",\"arch\":\"amd64\",\"sha256\":\"904b924d435eaea086515bc63235b192ea441bd8c9b198c507e85009e6e4c7f0\","
            + "\"size\":68958945,\"kind\":\"archive\"}]}]",
        "[]");
  }

  /** Parse, then use the index the way install and list do: resolve a selector, list for a platform. */
  @Property
  void indexesParseAndResolveOrFailWithTheirExitCode(@ForAll("indexes") String json) {
    Fuzz.run(
        json,
        () -> {
          ReleaseIndex index = ReleaseIndex.parse(json, "fuzz.json");
          RemoteListing.select(index, new Platform("linux", "amd64"), true);
          VersionResolver.resolve(index, new Selector.Latest(), true);
          VersionResolver.resolve(index, new Selector.Line(1, 22), false);
          VersionResolver.resolve(index, Selector.parse("1.22.5"), false);
        });
  }

  @Provide
  Arbitrary<String> proxyListLines() {
    return Fuzz.near("v0.0.1-go1.22.5.linux-amd64", " v0.0.1-go1.23rc1.linux-amd64\r", "v0.0.1-go1.21.0.windows-arm64", "v0.0.1-go1.20.linux-arm",
        "v0.0.1-go.linux-amd64", "v0.0.1-go1.22.5.linux-amd64.linux-amd64", "v0.0.2-go1.22.5.linux-amd64");
  }

  @Property
  void proxyListLinesGiveThisPlatformsVersionOrNothing(@ForAll("proxyListLines") String line) {
    Platform platform = new Platform("linux", "amd64");
    var listed = Fuzz.only(line, () -> ToolchainModule.parseListed(line, platform));
    if (listed != null && listed.isPresent()) {
      // A listed version is the one the module of that version is named for.
      assertThat(ToolchainModule.parseListed("v0.0.1-" + listed.get() + ".linux-amd64", platform)).contains(listed.get());
      assertThat(line.trim()).endsWith(".linux-amd64");
    }
  }
}
