package dev.goready.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.testing.Fuzz;
import dev.goready.testing.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Tag;

/**
 * Fuzz target for what the machine answers the go, editor and Windows checks: go env values, the
 * compiler's `go version` line, GOROOT's VERSION, go.mod, startup files, Scoop's go.shim, launchd's
 * PATH, the registry's Path and Defender's exclusion lists. Every check answers ok, warn, fail or skip — never error or timeout.
 */
@Tag("fuzz")
class DoctorOutputsPropertiesTest {

  @Provide
  Arbitrary<String> settings() {
    return Fuzz.near("-mod=vendor", "*", "*.corp.example.com,github.com/acme/*", "arm64", "/usr/local/go", "off", "go1.22.5+auto", "local");
  }

  @Provide
  Arbitrary<String> outputs() {
    return Fuzz.near("/usr/local/go/pkg/tool/linux_amd64/compile: go1.21.13\n", "go1.23.4\ntime 2024-11-27T18:44:59Z\n",
        "path = \"C:\\Users\\bob\\scoop\\apps\\go\\current\\bin\\go.exe\"\r\n", "/usr/local/go/bin:/usr/bin:/bin:/usr/sbin:/sbin\n",
        "C:\\Program Files\\Go\r\n-- ExclusionProcess --\r\nC:\\Program Files\\Go\\bin\\go.exe\r\n", "%SystemRoot%\\system32;%USERPROFILE%\\go\\bin;C:\\Program Files\\Go\\bin",
        "case $- in\n  *i*) ;;\n    *) return;;\nesac\nexport GOROOT=/usr/local/go\nexport PATH=\"$HOME/sdk/go1.21.0/bin:$PATH\"\n");
  }

  @Provide
  Arbitrary<String> goMods() {
    return Fuzz.near("module example.com/app\n\ngo 1.22.3\n\ntoolchain go1.23.4\n", "module m\ngo 1.21\n", "go 1.99999999999\n");
  }

  @Property
  void theGoChecksAnswerEveryHostileLinuxMachine(@ForAll("settings") String setting, @ForAll("outputs") String output, @ForAll("goMods") String gomod)
      throws Exception {
    onACopyOf("wsl2-ubuntu-22.04-healthy", setting + " | " + output + " | " + gomod, machine -> machine
          .env(Map.of("SHELL", "/bin/bash"), Map.of("GOFLAGS", setting, "GOPRIVATE", setting, "GOARCH", setting, "GOTOOLCHAIN", setting))
          .file("/home/ann/.local/share/goready/toolchains/go1.23.4/VERSION", output)
          .file("/home/ann/.bashrc", output)
          .file("/home/ann/src/app/go.mod", gomod)
          .command(List.of("/home/ann/.local/share/goready/current/bin/go", "version",
              "/home/ann/.local/share/goready/toolchains/go1.23.4/pkg/tool/linux_amd64/compile"), output));
  }

  @Property
  void theWindowsChecksAnswerEveryHostileRegistryAndShim(@ForAll("outputs") String output) throws Exception {
    onACopyOf("windows-11-x64", output, machine -> machine
          .file("C:\\Users\\bob\\scoop\\shims\\go.exe", "")
          .file("C:\\Users\\bob\\scoop\\shims\\go.shim", output)
          .env(Map.of("Path", "C:\\Users\\bob\\scoop\\shims;C:\\WINDOWS"), Map.of())
          .goAt("C:\\Users\\bob\\scoop\\shims\\go.exe", "C:\\Users\\bob\\AppData\\Local\\goready\\current\\bin\\go.exe")
          .registry("HKCU\\Environment", "Path", "REG_EXPAND_SZ", output)
          .command(List.of("powershell.exe", "-NoProfile", "-NonInteractive", "-Command",
              "$p = Get-MpPreference; $p.ExclusionPath; '-- ExclusionProcess --'; $p.ExclusionProcess"), output));
  }

  @Property
  void theMacChecksAnswerEveryHostileLaunchdPath(@ForAll("outputs") String output) throws Exception {
    onACopyOf("linux-go-unpacked-over-old", output, mac -> mac.hostField("os", "darwin").command(List.of("launchctl", "getenv", "PATH"), output));
  }

  /** A machine changes the way a try asks, in a folder of its own (jqwik has no @TempDir per try). */
  private interface Change {
    MachineCopy apply(MachineCopy machine) throws Exception;
  }

  private static void onACopyOf(String fixture, String input, Change change) throws Exception {
    Path temp = Files.createTempDirectory("goready-fuzz-doctor");
    try {
      answersEveryCheck(change.apply(new MachineCopy(fixture, temp)), input);
    } finally {
      TestFiles.deleteTree(temp);
    }
  }

  private static void answersEveryCheck(MachineCopy machine, String input) {
    Fuzz.only(input, () -> {
      for (String id : List.of("go.env", "go.tree", "go.mod", "go.settings", "editor.path", "path.go", "windows.defender")) {
        Result result = machine.check(id);
        assertThat(result.status()).as(id + ": " + result.summary() + " for " + Fuzz.show(input)).isNotIn(Status.ERROR, Status.TIMEOUT);
      }
      return null;
    });
  }
}
