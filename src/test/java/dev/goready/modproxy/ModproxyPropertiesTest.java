package dev.goready.modproxy;

import dev.goready.testing.Fuzz;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/** Fuzz target for GOPROXY as the user or go env hands it. */
@Tag("fuzz")
class ModproxyPropertiesTest {
  @Provide
  Arbitrary<String> goproxies() {
    return Fuzz.near(
        "https://proxy.golang.org,direct",
        "https://goproxy.corp.example/mod|https://proxy.golang.org|direct",
        "off",
        "direct",
        "http://127.0.0.1:3000,off",
        "");
  }

  @Property
  void goproxyParsesOrIsAUsageError(@ForAll("goproxies") String value) {
    Fuzz.only(value, () -> GoProxyList.parse(value, "GOPROXY"));
  }
}
