package dev.goready.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.testing.Fuzz;
import dev.goready.testing.TestHost;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/** Fuzz targets for the user's proxy and credential settings: NO_PROXY lists, CIDR ranges, .netrc. */
@Tag("fuzz")
class FetchPropertiesTest {
  private static final List<URI> TARGETS = List.of(
      URI.create("https://go.dev/dl/"),
      URI.create("https://mirror.corp:8443/x"),
      URI.create("http://10.1.2.3/index.json"),
      URI.create("https://[fd00::5]:443/x"),
      URI.create("http://127.0.0.1:8080/"));

  @Provide
  Arbitrary<String> noProxies() {
    return Fuzz.near(
        "localhost,127.0.0.1,.corp.example,mirror.corp:8443",
        "10.0.0.0/8, 192.168.0.0/16 ,fd00::/8,[::1]:8080",
        "*.example.com,go.dev,*",
        "");
  }

  /** Whatever NO_PROXY holds, choosing a proxy for a URL answers. */
  @Property
  void noProxyListsChooseAProxy(@ForAll("noProxies") String noProxy) {
    ProxySettings proxies = Fuzz.only(noProxy, () -> ProxySettings.from(new TestHost()
        .with("HTTPS_PROXY", "http://ann:s%3Acret@proxy.corp.example:3128")
        .with("http_proxy", "proxy.corp.example:8080")
        .with("NO_PROXY", noProxy)));
    if (proxies == null) {
      return;
    }
    for (URI target : TARGETS) {
      Fuzz.only(noProxy, () -> proxies.describe(target) + proxies.selector().select(target));
    }
  }

  @Provide
  Arbitrary<String> cidrs() {
    return Fuzz.near("10.0.0.0/8", "192.168.1.0/24", "fd00::/8", "::1/128", "0.0.0.0/0");
  }

  @Property
  void cidrsParseOrAreNotRanges(@ForAll("cidrs") String text) {
    Fuzz.only(text, () -> Cidr.parse(text).map(c -> c.contains("10.1.2.3") || c.contains("[fd00::5]")));
  }

  @Provide
  Arbitrary<String> netrcs() {
    return Fuzz.near(
        "machine proxy.corp.example login ann password s3cret\nmachine mirror.corp\n  login bob\n  password hunter2\n",
        "default login anonymous password user@example.com\nmachine go.dev login a password b account c\n",
        "machine a.example login x password y\nmacdef init\ncd /pub\n\nmachine b.example login u password p\n");
  }

  @Property
  void netrcsParse(@ForAll("netrcs") String text) {
    Fuzz.only(text, () -> ServerCredentials.parseNetrc(text));
  }

  @Provide
  Arbitrary<String> proxyUrls() {
    return Fuzz.near("http://ann:s%3Acret@proxy.corp.example:3128", "proxy.corp.example:8080", "https://[fd00::1]:8443/", "socks5://127.0.0.1:1080");
  }

  /** Whatever HTTPS_PROXY and HTTP_PROXY hold, goready either uses them or says what is wrong with them. */
  @Property
  void proxyUrlsAreUsedOrRefused(@ForAll("proxyUrls") String url) {
    Fuzz.only(url, () -> {
      ProxySettings proxies = ProxySettings.from(new TestHost().with("HTTPS_PROXY", url).with("http_proxy", url));
      StringBuilder out = new StringBuilder();
      for (URI target : TARGETS) {
        out.append(proxies.describe(target)).append(proxies.selector().select(target));
      }
      return out.append(proxies.credentialsFor("proxy.corp.example", 3128)).toString();
    });
  }

  @Provide
  Arbitrary<String> goproxies() {
    return Fuzz.near(
        "https://ann:s%3Acret@goproxy.corp.example/mod,https://proxy.golang.org|direct",
        "https://user@mirror.corp:8443,off",
        "goproxy.cn,direct");
  }

  /** Credentials in GOPROXY's URLs are read, or the entry is skipped for GOPROXY's own parser to report. */
  @Property
  void goproxyCredentialsAreRead(@ForAll("goproxies") String goproxy) {
    Fuzz.only(goproxy, () -> ServerCredentials.from(new TestHost(), Optional.of(goproxy)).forHost("goproxy.corp.example"));
  }

  @Provide
  Arbitrary<String> contentRanges() {
    return Fuzz.near("bytes 0-99/100", "bytes 500-1023/1024", "bytes 100-199/*", "bytes 100-50/200", "bytes 0-100/100",
        "bytes 999999999999999999-999999999999999999/*", "bytes 9223372036854775807-9223372036854775807/9223372036854775807", "bytes */100");
  }

  @Property
  void contentRangesAreARangeInsideTheirTotalOrNothing(@ForAll("contentRanges") String header) {
    var range = Fuzz.only(header, () -> ContentRange.parse(header));
    if (range != null && range.isPresent()) {
      ContentRange r = range.get();
      assertThat(r.first()).as(header).isNotNegative().isLessThanOrEqualTo(r.last());
      assertThat(r.total() == -1 || r.total() > r.last()).as(header).isTrue();
      assertThat(ContentRange.parse("bytes " + r.first() + "-" + r.last() + "/" + (r.total() < 0 ? "*" : r.total()))).contains(r);
    }
  }
}
