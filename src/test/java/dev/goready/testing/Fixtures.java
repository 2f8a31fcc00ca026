package dev.goready.testing;

import dev.goready.host.FixtureHost;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;

/** The whole-machine fixtures kept under src/test/resources/hosts. */
public final class Fixtures {
  private Fixtures() {}

  public static FixtureHost host(String name) {
    try {
      return new FixtureHost(Path.of(Objects.requireNonNull(Fixtures.class.getResource("/hosts/" + name), name).toURI()));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
