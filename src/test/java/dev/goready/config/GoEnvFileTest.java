package dev.goready.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** go env -w / -u semantics on Go's env file, as cmd/go's updateEnvFile has them. */
class GoEnvFileTest {

  static Map<String, Optional<String>> changes(String... keyValues) {
    Map<String, Optional<String>> changes = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      changes.put(keyValues[i], Optional.ofNullable(keyValues[i + 1]));
    }
    return changes;
  }

  @Test
  void updatesInPlaceAppendsNewKeysAndSortsTheRun() {
    String before = "GOPROXY=https://athens.corp\nGOFLAGS=-mod=mod\n";
    assertThat(GoEnvFile.apply(before, changes("GOPATH", "/home/ann/go", "GOFLAGS", "-mod=readonly")))
        .isEqualTo("GOFLAGS=-mod=readonly\nGOPATH=/home/ann/go\nGOPROXY=https://athens.corp\n");
  }

  @Test
  void theLastDuplicateWinsAndEarlierCopiesGo() {
    assertThat(GoEnvFile.parse("GOPATH=/a\nGOPATH=/b\n")).containsEntry("GOPATH", "/b");
    assertThat(GoEnvFile.apply("GOPATH=/a\nGOPROXY=x\nGOPATH=/b\n", changes("GOPATH", "/c"))).isEqualTo("GOPATH=/c\nGOPROXY=x\n");
  }

  @Test
  void unsettingDeletesAndOtherLinesStay() {
    String before = "# written by hand\nGOPATH=/a\n\nGOPRIVATE=*.corp\n";
    assertThat(GoEnvFile.apply(before, changes("GOPATH", null))).isEqualTo("# written by hand\n\nGOPRIVATE=*.corp\n");
    assertThat(GoEnvFile.apply("GOPATH=/a", changes("GOBIN", "/a/bin"))).isEqualTo("GOBIN=/a/bin\nGOPATH=/a\n");
  }

  @Test
  void refusesWhatGoEnvWRefuses() {
    assertThatThrownBy(() -> GoEnvFile.check("GOENV", "/x")).hasMessageContaining("GOENV can only be set using the OS environment");
    assertThatThrownBy(() -> GoEnvFile.check("GOVERSION", "go1")).hasMessageContaining("GOVERSION cannot be modified");
    assertThatThrownBy(() -> GoEnvFile.check("GOPATH", "relative/go")).hasMessageContaining("GOPATH entry is relative; must be absolute path");
    assertThatThrownBy(() -> GoEnvFile.check("GOPATH", "~/go")).hasMessageContaining("shell metacharacter '~'");
    assertThatThrownBy(() -> GoEnvFile.check("GOTOOLCHAIN", "newest")).hasMessageContaining("invalid GOTOOLCHAIN");
    assertThatThrownBy(() -> GoEnvFile.check("GOPROXY", "a\nb")).hasMessageContaining("newline");
    GoEnvFile.check("GOPATH", "C:\\Users\\ann\\go");
    GoEnvFile.check("GOTOOLCHAIN", "go1.22.5+auto");
  }
}
