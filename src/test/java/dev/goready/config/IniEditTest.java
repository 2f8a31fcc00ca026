package dev.goready.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.host.FileEdit;
import dev.goready.host.FileEditor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IniEditTest {

  @Test
  void updatesAKeyWhereItStandsAndKeepsCommentsAndUnknownSections() {
    String wslconfig = """
        # tuned by IT\r
        [wsl2]\r
        memory=8GB   \r
        NetworkingMode = nat\r
        [experimental]\r
        sparseVhd=true\r
        """;
    assertThat(IniEdit.set(wslconfig, "wsl2", "networkingMode", "mirrored", "\r\n")).isEqualTo("""
        # tuned by IT\r
        [wsl2]\r
        memory=8GB   \r
        NetworkingMode=mirrored\r
        [experimental]\r
        sparseVhd=true\r
        """);
  }

  /** Found by ConfigFilesPropertiesTest: a stray CR became a CRLF with the break after it, so setting twice was not a no-op. */
  @Test
  void aStrayCarriageReturnIsKeptAndSettingTwiceChangesNothing() {
    for (String text : List.of("\r", "a=1\r", "[interop]\r\nx=1\r", "# c\r\n\r")) {
      for (String eol : List.of("\n", "\r\n")) {
        String once = IniEdit.set(text, "interop", "appendWindowsPath", "false", eol);
        assertThat(IniEdit.set(once, "interop", "appendWindowsPath", "false", eol)).as("%s %s", text, eol).isEqualTo(once);
        assertThat(once).startsWith(text.substring(0, text.indexOf('\r')));
      }
    }
  }

  @Test
  void aNewKeyGoesAfterItsSectionsLastLineAndANewSectionAtTheEnd() {
    String conf = "[boot]\ncommand=service docker start\n\n[user]\ndefault=ann\n";
    String withSystemd = IniEdit.set(conf, "boot", "systemd", "true", "\n");
    assertThat(withSystemd).isEqualTo("[boot]\ncommand=service docker start\nsystemd=true\n\n[user]\ndefault=ann\n");
    assertThat(IniEdit.set(withSystemd, "interop", "appendWindowsPath", "false", "\n"))
        .isEqualTo("[boot]\ncommand=service docker start\nsystemd=true\n\n[user]\ndefault=ann\n\n[interop]\nappendWindowsPath=false\n");
    assertThat(IniEdit.set("", "boot", "systemd", "true", "\n")).isEqualTo("[boot]\nsystemd=true\n");
    assertThat(IniEdit.set("[boot]\nsystemd=true", "boot", "systemd", "true", "\n")).isEqualTo("[boot]\nsystemd=true");
  }

  @Test
  void theWslConfigPlannerSkipsFilesAlreadyRightAndKeepsCrlf(@TempDir Path temp) throws Exception {
    Path wslconfig = Files.writeString(temp.resolve(".wslconfig"), "[wsl2]\r\nmemory=4GB\r\n");
    List<FileEdit> edits = WslConfigPlanner.plan(List.of(new WslConfigPlanner.Setting(wslconfig, "wsl2", "dnsTunneling", "true")));
    assertThat(new String(edits.getFirst().after().orElseThrow())).isEqualTo("[wsl2]\r\nmemory=4GB\r\ndnsTunneling=true\r\n");
    FileEditor.apply(edits.getFirst());
    assertThat(WslConfigPlanner.plan(List.of(new WslConfigPlanner.Setting(wslconfig, "wsl2", "dnsTunneling", "true")))).isEmpty();
  }
}
