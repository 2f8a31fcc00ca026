package dev.goready.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.testing.TestHost;
import java.net.Authenticator;
import java.net.InetAddress;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProxySettingsTest {

  static ProxySettings proxies(String noProxy) {
    return ProxySettings.from(new TestHost()
        .with("HTTPS_PROXY", "http://ann:s%3Acret@proxy.corp.example:3128")
        .with("http_proxy", "proxy.corp.example:8080")
        .with("NO_PROXY", noProxy));
  }

  /** Found by FetchPropertiesTest: a malformed proxy URL threw IllegalArgumentException; now a usage error naming the variable. */
  @Test
  void aMalformedProxyUrlIsAUsageError() {
    for (String bad : List.of("http://proxy.corp.example:72{", "http://", "proxy corp:3128", "socks5://127.0.0.1:108080")) {
      assertThatThrownBy(() -> ProxySettings.from(new TestHost().with("https_proxy", bad)))
          .isInstanceOfSatisfying(GoreadyException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
          .hasMessageContaining("HTTPS_PROXY");
    }
  }

  /** Found by FetchPropertiesTest: a NO_PROXY port too big for an int threw NumberFormatException; a range without "/" threw too. */
  @Test
  void anOutOfRangePortInNoProxyMatchesNothing() {
    assertThat(proxies("mirror.corp:72057594037927936").describe(URI.create("https://mirror.corp:8443/x"))).isEqualTo("http://proxy.corp.example:3128");
    assertThat(proxies("mirror.corp:08443").describe(URI.create("https://mirror.corp:8443/x"))).isEqualTo("none");
    assertThat(Cidr.parse("10.0.0.0")).isEmpty();
  }

  @ParameterizedTest(name = "{0} with NO_PROXY={1} -> {2}")
  @CsvSource(delimiter = '|', value = {
    "https://go.dev/dl/|''|http://proxy.corp.example:3128",
    "http://mirror.example/go|''|http://proxy.corp.example:8080",
    "https://go.dev/dl/|go.dev|none",
    "https://dl.go.dev/x|go.dev|none",
    "https://dl.go.dev/x|.go.dev|none",
    "https://notgo.dev/x|go.dev|http://proxy.corp.example:3128",
    "https://mirror.corp:8443/x|mirror.corp:8443|none",
    "https://mirror.corp:9443/x|mirror.corp:8443|http://proxy.corp.example:3128",
    "https://10.1.2.3/x|10.0.0.0/8|none",
    "https://11.1.2.3/x|10.0.0.0/8|http://proxy.corp.example:3128",
    "https://anything.example/x|*|none",
    "http://127.0.0.1:8080/index.json|''|none",
    "http://localhost:8080/index.json|''|none",
  })
  void choosesTheProxyLikeGoAndCurl(String target, String noProxy, String expected) {
    assertThat(proxies(noProxy).describe(URI.create(target))).isEqualTo(expected);
  }

  @Test
  void credentialsAreNeverInTheDescription() {
    assertThat(proxies("").describe(URI.create("https://go.dev/"))).doesNotContain("ann", "cret");
  }

  @Test
  void credentialsAreGivenOnlyToTheProxyThatOwnsThem() throws Exception {
    Authenticator authenticator = new FetchAuthenticator(proxies(""), ServerCredentials.NONE);
    PasswordAuthentication answer = authenticator.requestPasswordAuthenticationInstance(
        "proxy.corp.example", InetAddress.getLoopbackAddress(), 3128, "http", "proxy", "basic", URI.create("https://go.dev/").toURL(), Authenticator.RequestorType.PROXY);
    assertThat(answer.getUserName()).isEqualTo("ann");
    assertThat(new String(answer.getPassword())).isEqualTo("s:cret");
    assertThat(authenticator.requestPasswordAuthenticationInstance(
        "go.dev", InetAddress.getLoopbackAddress(), 443, "https", "site", "basic", URI.create("https://go.dev/").toURL(), Authenticator.RequestorType.SERVER)).isNull();
    assertThat(authenticator.requestPasswordAuthenticationInstance(
        "evil.example", InetAddress.getLoopbackAddress(), 3128, "http", "proxy", "basic", URI.create("https://go.dev/").toURL(), Authenticator.RequestorType.PROXY)).isNull();
  }

  @Test
  void serversGetTheirOwnNetrcEntryOnly(@org.junit.jupiter.api.io.TempDir java.nio.file.Path temp) throws Exception {
    java.nio.file.Path netrc = java.nio.file.Files.writeString(temp.resolve("netrc"),
        "machine artifactory.corp.example\n  login ci\n  password t0ken\ndefault login any password leak\n");
    var host = new TestHost().with("NETRC", netrc.toString());
    ServerCredentials servers = ServerCredentials.from(host, java.util.Optional.of("https://bob:pw%21@athens.corp.example/go|direct"));
    Authenticator authenticator = new FetchAuthenticator(proxies(""), servers);
    PasswordAuthentication artifactory = authenticator.requestPasswordAuthenticationInstance(
        "artifactory.corp.example", InetAddress.getLoopbackAddress(), 443, "https", "Artifactory Realm", "basic", URI.create("https://artifactory.corp.example/").toURL(), Authenticator.RequestorType.SERVER);
    assertThat(artifactory.getUserName()).isEqualTo("ci");
    assertThat(new String(artifactory.getPassword())).isEqualTo("t0ken");
    PasswordAuthentication athens = authenticator.requestPasswordAuthenticationInstance(
        "athens.corp.example", InetAddress.getLoopbackAddress(), 443, "https", "x", "basic", URI.create("https://athens.corp.example/").toURL(), Authenticator.RequestorType.SERVER);
    assertThat(new String(athens.getPassword())).isEqualTo("pw!");
    assertThat(authenticator.requestPasswordAuthenticationInstance(
        "go.dev", InetAddress.getLoopbackAddress(), 443, "https", "x", "basic", URI.create("https://go.dev/").toURL(), Authenticator.RequestorType.SERVER))
        .as("netrc's default entry is never used").isNull();
  }
}
