package dev.goready.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Defender seen from WSL: only Go's folders on a Windows drive are scanned, asked through interop's powershell.exe. */
class DefenderCheckTest {
  private static final List<String> QUERY = List.of("powershell.exe", "-NoProfile", "-NonInteractive", "-Command",
      "$p = Get-MpPreference; $p.ExclusionPath; '-- ExclusionProcess --'; $p.ExclusionProcess");

  @TempDir Path dir;

  @Test
  void aGopathOnTheWindowsDriveIsCheckedAgainstDefendersExclusions() throws Exception {
    MachineCopy machine = new MachineCopy("wsl2-ubuntu-22.04-healthy", dir)
        .env(Map.of(), Map.of("GOPATH", "/mnt/c/Users/ann/go"))
        .command(QUERY, "C:\\Program Files\\Go\r\n-- ExclusionProcess --\r\n");
    Result r = machine.check("windows.defender");
    assertThat(r.status()).as(r.toString()).isEqualTo(Status.WARN);
    assertThat(r.summary()).isEqualTo("1 Go folder(s) and 0 build tool(s) are scanned in real time, which slows builds");
    assertThat(r.fix().orElseThrow().commands()).as("set from an elevated Windows PowerShell; goready windows is Windows-only")
        .containsExactly("Add-MpPreference -ExclusionPath 'C:\\Users\\ann\\go'");
  }

  @Test
  void withoutInteropItSaysSo() throws Exception {
    Result r = new MachineCopy("wsl2-ubuntu-22.04-healthy", dir).env(Map.of(), Map.of("GOPATH", "/mnt/d/go")).check("windows.defender");
    assertThat(r.status()).isEqualTo(Status.SKIP);
    assertThat(r.summary()).isEqualTo("powershell.exe is not reachable through interop");
  }
}
