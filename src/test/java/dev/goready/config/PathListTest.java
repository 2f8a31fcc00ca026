package dev.goready.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PathListTest {

  @Test
  void prependsOnlyWhatIsMissingAndKeepsTheRestExactly() {
    String raw = "%USERPROFILE%\\go\\bin;C:\\Windows\\system32;;C:\\Tools";
    String updated = PathList.prepend(raw, List.of("C:\\Users\\ann\\AppData\\Local\\goready\\current\\bin", "%userprofile%\\go\\bin\\"), ";", true);
    assertThat(updated).isEqualTo("C:\\Users\\ann\\AppData\\Local\\goready\\current\\bin;" + raw);
    assertThat(PathList.prepend(updated, List.of("c:\\users\\ann\\appdata\\local\\goready\\current\\bin"), ";", true)).isEqualTo(updated);
    assertThat(PathList.remove(updated, List.of("C:\\Users\\ann\\AppData\\Local\\goready\\current\\bin"), ";", true)).isEqualTo(raw);
  }

  @Test
  void anEightThousandCharacterPathIsPreservedToTheLastCharacter() {
    StringBuilder raw = new StringBuilder();
    for (int i = 0; raw.length() < 8000; i++) {
      raw.append(i == 0 ? "" : ";").append("C:\\Program Files\\Vendor ").append(i).append("\\bin");
    }
    String updated = PathList.prepend(raw.toString(), List.of("C:\\goready\\bin"), ";", true);
    assertThat(updated).isEqualTo("C:\\goready\\bin;" + raw);
    assertThat(PathList.remove(updated, List.of("C:\\goready\\bin"), ";", true)).isEqualTo(raw.toString());
  }

  @Test
  void unixComparesCaseSensitively() {
    assertThat(PathList.prepend("/usr/bin:/Home/x", List.of("/home/x"), ":", false)).isEqualTo("/home/x:/usr/bin:/Home/x");
    assertThat(PathList.prepend("", List.of("/a", "/b"), ":", false)).isEqualTo("/a:/b");
  }
}
