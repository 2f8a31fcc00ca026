package dev.goready.config;

import dev.goready.testing.Fuzz;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/** Fuzz targets for the user's own PATH values, on Unix and on Windows. */
@Tag("fuzz")
class ConfigPropertiesTest {
  @Provide
  Arbitrary<String> paths() {
    return Fuzz.near(
        "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/games:/mnt/c/Program Files/Go/bin",
        "/home/user/.goready/current/bin:/home/user/go/bin:/usr/bin",
        "C:\\WINDOWS\\system32;C:\\WINDOWS;C:\\Program Files\\Go\\bin;%USERPROFILE%\\go\\bin;",
        "");
  }

  @Property
  void unixPathsAreEditedWithoutFailing(@ForAll("paths") String raw) {
    Fuzz.run(
        raw,
        () -> {
          String added = PathList.prepend(raw, List.of("/home/user/.goready/current/bin"), ":", false);
          PathList.remove(added, List.of("/home/user/.goready/current/bin"), ":", false);
        });
  }

  @Property
  void windowsPathsAreEditedWithoutFailing(@ForAll("paths") String raw) {
    Fuzz.run(
        raw,
        () -> {
          String added = PathList.prepend(raw, List.of("C:\\Users\\u\\.goready\\current\\bin"), ";", true);
          PathList.remove(added, List.of("C:\\Users\\u\\.goready\\current\\bin"), ";", true);
        });
  }
}
