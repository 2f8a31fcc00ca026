package dev.goready.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goready.GoreadyException;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceUrlTest {

  @ParameterizedTest
  @ValueSource(strings = {"https://go.dev/dl/?mode=json&include=all", "https://golang.google.cn/dl/?mode=json", "file:///srv/mirror/index.json",
      "http://127.0.0.1:8080/index.json", "http://localhost/x", "http://[::1]:9/x"})
  void acceptsHttpsFileAndLoopbackHttp(String url) {
    assertThat(SourceUrl.parse(url, "release index", false)).isEqualTo(URI.create(url));
  }

  @Test
  void plainHttpElsewhereNeedsAllowHttp() {
    assertThatThrownBy(() -> SourceUrl.parse("http://mirror.corp/dl", "download URL", false)).isInstanceOf(GoreadyException.class).hasMessageContaining("plain http");
    assertThat(SourceUrl.parse("http://mirror.corp/dl", "download URL", true)).hasHost("mirror.corp");
  }

  @Test
  void otherSchemesAreRefusedWithTheValue() {
    assertThatThrownBy(() -> SourceUrl.parse("ftp://mirror/go", "download URL", true)).hasMessageContaining("'ftp://mirror/go'");
    assertThatThrownBy(() -> SourceUrl.parse("not a url", "release index", true)).hasMessageContaining("not a URL");
  }

  @Test
  void joinsBaseAndFileWhateverTheSlashes() {
    assertThat(SourceUrl.child(URI.create("https://dl.google.com/go"), "go1.22.5.linux-amd64.tar.gz")).hasToString("https://dl.google.com/go/go1.22.5.linux-amd64.tar.gz");
    assertThat(SourceUrl.child(URI.create("https://golang.google.cn/dl/"), "go1.22.5.zip")).hasToString("https://golang.google.cn/dl/go1.22.5.zip");
  }
}
