package dev.goready.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goready.GoreadyException;
import dev.goready.testing.Fixtures;
import dev.goready.testing.TestHost;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "windows-11-arm64-x64-jvm, C:\\Users\\ann\\AppData\\Local/goready",
    "windows-11-x64, D:\\Profiles\\bob\\Local/goready",
    "macos-rosetta, /Users/ann/Library/Application Support/goready",
    "wsl2-ubuntu-arm64, /home/ann/.data/goready",
    // A relative XDG_DATA_HOME is invalid per the XDG spec and ignored.
    "raspberry-pi-armv7, /home/pi/.local/share/goready",
  })
  void homeFollowsEachOsConvention(String fixture, String expected) {
    Path home = new Settings(Fixtures.host(fixture)).home();
    assertThat(home.toString().replace('\\', '/')).isEqualTo(expected.replace('\\', '/'));
  }

  @Test
  void aBadNumberNamesTheVariable() {
    var host = new TestHost().with("GOREADY_RETRIES", "many");
    assertThatThrownBy(() -> new Settings(host).integer(Setting.RETRIES, null, "--retries"))
        .isInstanceOf(GoreadyException.class)
        .hasMessageContaining("GOREADY_RETRIES='many'");
  }

  @Test
  void theCommandLineWinsAndSaysSo() {
    var host = new TestHost().with("GOREADY_INDEX", "https://env.example/dl");
    Settings settings = new Settings(host);
    assertThat(settings.resolve(Setting.INDEX, "https://flag.example/dl", "--index")).hasValue(new Settings.Resolved("https://flag.example/dl", "--index"));
    assertThat(settings.resolve(Setting.INDEX)).hasValue(new Settings.Resolved("https://env.example/dl", "GOREADY_INDEX"));
    assertThat(new Settings(new TestHost()).resolve(Setting.INDEX).orElseThrow().source()).isEqualTo("default");
    assertThat(new Settings(new TestHost().with("SSL_CERT_FILE", "/etc/corp.pem")).resolve(Setting.CA_FILE))
        .hasValue(new Settings.Resolved("/etc/corp.pem", "SSL_CERT_FILE"));
  }

  @Test
  void theConfigFileIsTheLastWordBeforeTheDefault(@org.junit.jupiter.api.io.TempDir Path home) throws Exception {
    java.nio.file.Files.writeString(home.resolve("config.json"), "{\"require\": [\"sha256\", \"sumdb\"], \"download-url\": \"https://mirror.example/go\"}");
    var host = new TestHost().with("GOREADY_HOME", home.toString()).with("GOREADY_DOWNLOAD_URL", "https://env.example/go");
    Settings settings = new Settings(host);
    assertThat(settings.resolve(Setting.REQUIRE).orElseThrow().value()).isEqualTo("sha256,sumdb");
    assertThat(settings.resolve(Setting.DOWNLOAD_URL).orElseThrow().value()).as("the environment beats the file").isEqualTo("https://env.example/go");
    assertThat(settings.resolve(Setting.REQUIRE, "pgp", "--require").orElseThrow().value()).isEqualTo("pgp");
    java.nio.file.Files.writeString(home.resolve("config.json"), "{\"require\": ");
    assertThatThrownBy(() -> new Settings(host).resolve(Setting.REQUIRE))
        .isInstanceOfSatisfying(GoreadyException.class, e -> assertThat(e.exitCode().code()).isEqualTo(2))
        .hasMessageContaining(home.resolve("config.json") + " is not valid JSON");
  }

  @Test
  void anUnknownKeyInTheConfigFileNamesTheNearestKnownOne(@org.junit.jupiter.api.io.TempDir Path home) throws Exception {
    java.nio.file.Files.writeString(home.resolve("config.json"), "{\"requires\": \"sha256,sumdb\"}");
    var host = new TestHost().with("GOREADY_HOME", home.toString());
    assertThatThrownBy(() -> new Settings(host).resolve(Setting.REQUIRE))
        .isInstanceOfSatisfying(GoreadyException.class, e -> {
          assertThat(e.exitCode().code()).isEqualTo(2);
          assertThat(e.hint()).hasValueSatisfying(h -> assertThat(h).startsWith("did you mean \"require\"?"));
        })
        .hasMessageContaining("unknown key \"requires\"");
    java.nio.file.Files.writeString(home.resolve("config.json"), "{\"mirorr\": \"https://mirror.example/go\"}");
    assertThatThrownBy(() -> new Settings(host).resolve(Setting.REQUIRE))
        .isInstanceOfSatisfying(GoreadyException.class, e -> assertThat(e.hint()).hasValueSatisfying(h ->
            assertThat(h).as("no key is near enough to suggest").startsWith("known keys: home, index, download-url").doesNotContain("did you mean")));
    java.nio.file.Files.writeString(home.resolve("config.json"), "[\"require\"]");
    assertThatThrownBy(() -> new Settings(host).resolve(Setting.REQUIRE)).hasMessageContaining("is not a JSON object");
  }
}
