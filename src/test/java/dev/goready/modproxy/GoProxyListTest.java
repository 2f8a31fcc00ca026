package dev.goready.modproxy;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.HttpStatusException;
import org.junit.jupiter.api.Test;

class GoProxyListTest {
  @Test
  void whenNoProxyHasItTheHintNamesGoproxyAndWhereItCameFrom() {
    GoProxyList list = GoProxyList.parse("https://corp.example.com/go,https://proxy.golang.org", "GOPROXY");
    assertThatThrownBy(() -> list.tryEach("list golang.org/toolchain", entry -> {
      throw new HttpStatusException(404, "HTTP 404 for " + entry.url(), "the mirror does not have this file; check --download-url");
    })).isInstanceOfSatisfying(HttpStatusException.class, e -> org.assertj.core.api.Assertions.assertThat(e.hint()).hasValueSatisfying(h ->
        org.assertj.core.api.Assertions.assertThat(h).startsWith("none of the proxies in GOPROXY=https://corp.example.com/go,https://proxy.golang.org (from GOPROXY) has it")
            .doesNotContain("--download-url")));
  }

  @Test
  void anUnreachableProxyNamesGoproxyToo() {
    GoProxyList list = GoProxyList.parse("https://corp.example.com/go", "default");
    assertThatThrownBy(() -> list.tryEach("list golang.org/toolchain", entry -> {
      throw new GoreadyException(ExitCode.NETWORK, "cannot fetch toolchain list: connection refused or unreachable (4 attempts)", "check the network");
    })).isInstanceOfSatisfying(GoreadyException.class, e -> org.assertj.core.api.Assertions.assertThat(e.hint()).hasValueSatisfying(h ->
        org.assertj.core.api.Assertions.assertThat(h).startsWith("GOPROXY=https://corp.example.com/go (from default) did not answer")));
  }
}
