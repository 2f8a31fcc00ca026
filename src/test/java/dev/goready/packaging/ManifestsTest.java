package dev.goready.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goready.testing.GoreadyProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * packaging/generate.sh: the Scoop and winget manifests carry the release's own digests and URLs, and
 * every field their schemas require (Scoop's schema.json; winget's 1.6.0 version, installer and
 * defaultLocale schemas).
 */
class ManifestsTest {
  private static final String X64 = "0123456789abcdef".repeat(4);
  private static final String ARM64 = "fedcba9876543210".repeat(4);

  @TempDir Path temp;

  @Test
  void scoopsManifestNamesBothArchitecturesWithTheirDigests() throws Exception {
    Path out = generate("0.2.0").resolve("scoop/goready.json");
    JsonNode scoop = new ObjectMapper().readTree(out.toFile());

    for (String field : List.of("version", "description", "homepage", "license", "bin", "extract_dir")) {
      assertThat(scoop.path(field).asText()).as(field).isNotBlank();
    }
    assertThat(scoop.path("version").asText()).matches("^[\\w\\-.+_]+$").isEqualTo("0.2.0");
    assertThat(scoop.at("/architecture/64bit/hash").asText()).isEqualTo(X64);
    assertThat(scoop.at("/architecture/arm64/hash").asText()).isEqualTo(ARM64);
    assertThat(scoop.at("/architecture/arm64/url").asText())
        .isEqualTo("https://github.com/goready/goready/releases/download/v0.2.0/goready-0.2.0-windows-arm64.zip");
    assertThat(scoop.path("extract_dir").asText()).isEqualTo("goready-0.2.0");
    assertThat(scoop.path("bin").asText()).isEqualTo("bin\\goready.cmd").as("the launcher dist.sh puts in every bundle")
        .satisfies(bin -> assertThat(GoreadyProcess.REPO.resolve("scripts/dist/" + Path.of(bin.replace('\\', '/')).getFileName())).exists());
    assertThat(scoop.at("/autoupdate/hash/url").asText()).isEqualTo("$baseurl/SHA256SUMS");
  }

  @Test
  void wingetsThreeManifestsHoldWhatTheirSchemasRequire() throws Exception {
    Path dir = generate("0.2.0").resolve("winget/manifests/g/goready/goready/0.2.0");
    Map<String, Set<String>> required = Map.of(
        "goready.goready.yaml", Set.of("PackageIdentifier", "PackageVersion", "DefaultLocale", "ManifestType", "ManifestVersion"),
        "goready.goready.installer.yaml", Set.of("PackageIdentifier", "PackageVersion", "Installers", "ManifestType", "ManifestVersion"),
        "goready.goready.locale.en-US.yaml", Set.of("PackageIdentifier", "PackageVersion", "PackageLocale", "Publisher", "PackageName", "License",
            "ShortDescription", "ManifestType", "ManifestVersion"));
    for (var file : required.entrySet()) {
      Map<String, String> keys = topLevelKeys(dir.resolve(file.getKey()));
      assertThat(keys).as(file.getKey()).containsKeys(file.getValue().toArray(String[]::new));
      assertThat(keys.get("PackageVersion")).isEqualTo("0.2.0");
      assertThat(keys.get("ManifestVersion")).isEqualTo("1.6.0");
    }
    String installer = Files.readString(dir.resolve("goready.goready.installer.yaml"));
    assertThat(installer).contains("- Architecture: x64\n  InstallerUrl: https://github.com/goready/goready/releases/download/v0.2.0/goready-0.2.0-windows-x64.zip\n"
        + "  InstallerSha256: " + X64.toUpperCase() + "\n");
    assertThat(installer).contains("  InstallerSha256: " + ARM64.toUpperCase() + "\n");
  }

  @Test
  void aReleaseWithoutAWindowsBundleGetsNoManifest() throws Exception {
    Path sums = Files.writeString(temp.resolve("SHA256SUMS"), X64 + "  goready-0.2.0-windows-x64.zip\n");
    Process p = new ProcessBuilder("sh", GoreadyProcess.REPO.resolve("packaging/generate.sh").toString(), "0.2.0", sums.toString(), temp.resolve("out").toString())
        .redirectErrorStream(true).start();
    String said = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor()).isEqualTo(3);
    assertThat(said).contains("lists no goready-0.2.0-windows-arm64.zip");
    assertThat(temp.resolve("out/scoop/goready.json")).doesNotExist();
  }

  private Path generate(String version) throws Exception {
    Path sums = Files.writeString(temp.resolve("SHA256SUMS"), "c".repeat(64) + "  goready-" + version + "-linux-x64.tar.gz\n"
        + ARM64 + "  goready-" + version + "-windows-arm64.zip\n" + X64 + "  goready-" + version + "-windows-x64.zip\n");
    Path out = temp.resolve("out");
    Process p = new ProcessBuilder("sh", GoreadyProcess.REPO.resolve("packaging/generate.sh").toString(), version, sums.toString(), out.toString())
        .redirectErrorStream(true).start();
    String said = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor()).as(said).isZero();
    return out;
  }

  /** The manifests' top-level "Key: value" lines (winget's YAML is flat at the top, lists indented below). */
  private static Map<String, String> topLevelKeys(Path yaml) throws Exception {
    Map<String, String> keys = new LinkedHashMap<>();
    for (String line : Files.readAllLines(yaml)) {
      var m = java.util.regex.Pattern.compile("^([A-Za-z]+):(?: (.*))?$").matcher(line);
      if (m.matches()) {
        keys.put(m.group(1), m.group(2) == null ? "" : m.group(2));
      }
    }
    return keys;
  }
}
