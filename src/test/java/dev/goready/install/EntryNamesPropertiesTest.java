package dev.goready.install;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.testing.Fuzz;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/** Fuzz target for the entry names a hostile tar or zip carries: each is refused or lands inside the new GOROOT. */
@Tag("fuzz")
class EntryNamesPropertiesTest {
  @Provide
  Arbitrary<String> entryNames() {
    return Fuzz.near("go/", "go/bin/go", "go/src/fmt/print.go", "./go/bin/gofmt", "go//pkg/tool/./x", "go/../../etc/passwd",
        "/go/bin/go", "C:go/bin", "go\\..\\x", "go/bin/\0go", "go/a/b/../../../x", "golang.org/toolchain@v0.0.1-go1.22.5.linux-amd64/bin/go");
  }

  @Property
  void anEntryNameIsRefusedOrStaysUnderTheRoot(@ForAll("entryNames") String name) {
    for (List<String> top : List.of(EntryNames.GO_ARCHIVE_TOP, List.of("golang.org", "toolchain@v0.0.1-go1.22.5.linux-amd64"))) {
      List<String> segments = Fuzz.only(name, () -> EntryNames.relativeSegments("go.tar.gz", name, top));
      if (segments == null) {
        continue;
      }
      // Plain segments, none of them a separator, '.' or '..', cannot climb out of whatever root they are joined to.
      for (String segment : segments) {
        assertThat(segment).as(name).isNotEmpty().isNotIn(".", "..").doesNotContain("/", "\\", "\0");
      }
    }
  }
}
