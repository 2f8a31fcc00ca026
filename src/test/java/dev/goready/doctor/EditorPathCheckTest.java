package dev.goready.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.config.Settings;
import dev.goready.doctor.checks.Checks;
import dev.goready.testing.TestHost;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PATH apps get outside a terminal: a real login shell here, the registry and launchd on copied machines. */
class EditorPathCheckTest {
  /** The registry keys Explorer builds a new app's PATH from. */
  private static final String MACHINE = "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment";
  private static final String USER = "HKCU\\Environment";

  @TempDir Path dir;

  private static final String GUARDED_BASHRC = """
      # ~/.bashrc: executed by bash(1) for non-login shells.
      case $- in
          *i*) ;;
            *) return;;
      esac
      HISTCONTROL=ignoreboth
      export PATH="$HOME/sdk/go/bin:$PATH"
      """;

  private Result onThisMachine(Path home) {
    TestHost host = new TestHost().with("HOME", home.toString()).with("SHELL", "/bin/bash")
        .with("PATH", home.resolve("sdk/go/bin") + ":/usr/bin:/bin").with("GOREADY_HOME", home.resolve("goready").toString());
    Probe probe = new Probe(host, new DoctorOptions(Duration.ofSeconds(20), true, Optional.empty(), new Settings(host).home()));
    return Runner.run(Checks.all(), probe, Set.of("editor.path"), Set.of()).checks().stream()
        .filter(c -> c.id().equals("editor.path")).findFirst().orElseThrow().result();
  }

  @Test
  void aPathLineAfterBashrcsInteractiveGuardNeverReachesALoginShellWithoutATerminal() throws Exception {
    Path home = Files.createDirectories(dir.resolve("home"));
    Path go = Files.createDirectories(home.resolve("sdk/go/bin")).resolve("go");
    Files.writeString(go, "#!/bin/sh\necho go version go1.23.4 linux/amd64\n");
    Files.setPosixFilePermissions(go, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.writeString(home.resolve(".bashrc"), GUARDED_BASHRC);
    Files.writeString(home.resolve(".profile"), "if [ -n \"$BASH_VERSION\" ] && [ -f \"$HOME/.bashrc\" ]; then . \"$HOME/.bashrc\"; fi\n");

    Result hidden = onThisMachine(home);
    assertThat(hidden.status()).as(hidden.toString()).isEqualTo(Status.WARN);
    assertThat(hidden.summary()).isEqualTo("shells without a terminal (ssh host go …, VS Code's remote server, apps from the desktop menu) get a PATH without " + go.getParent() + ": they report that go cannot be found");
    assertThat(hidden.fix().orElseThrow().commands()).as("not goready's go: the line for ~/.profile")
        .containsExactly("echo 'export PATH=\"" + go.getParent() + ":$PATH\"' >> ~/.profile");

    Files.createDirectories(home.resolve(".vscode-server"));
    Files.writeString(home.resolve(".vscode-server/server-env-setup"), "export PATH=\"$HOME/sdk/go/bin:$PATH\"\n");
    Result seen = onThisMachine(home);
    assertThat(seen.status()).as(seen.toString()).isEqualTo(Status.OK);
    assertThat(seen.summary()).isEqualTo("shells without a terminal (ssh host go …, VS Code's remote server, apps from the desktop menu) find the terminal's go (bash -l without a terminal)");
  }

  @Test
  void windowsAppsGetTheRegistrysPathNotAProfileScriptsAdditions() throws Exception {
    String machinePath = "%SystemRoot%\\system32;%SystemRoot%;C:\\Program Files\\Go\\bin";
    MachineCopy machine = new MachineCopy("windows-11-x64", dir)
        .file("C:\\Program Files\\Go\\bin\\go.exe", "")
        .env(Map.of("SystemRoot", "C:\\WINDOWS"), Map.of())
        .registry(MACHINE, "Path", "REG_EXPAND_SZ", machinePath)
        .registry(USER, "Path", "REG_EXPAND_SZ", "%USERPROFILE%\\go\\bin");
    Result other = machine.check("editor.path");
    assertThat(other.status()).as(other.toString()).isEqualTo(Status.WARN);
    assertThat(other.summary().replace('\\', '/')).startsWith("apps started from the Start menu or Explorer (VS Code, GoLand) run C:/Program Files/Go/bin/go.exe, not the terminal's");
    assertThat(other.fix().orElseThrow().commands()).containsExactly("goready env");

    // Explorer puts the machine PATH first: only without Program Files' go does the user's goready toolchain win.
    machine.registry(MACHINE, "Path", "REG_EXPAND_SZ", "%SystemRoot%\\system32;%SystemRoot%")
        .registry(USER, "Path", "REG_EXPAND_SZ", "%LOCALAPPDATA%\\goready\\current\\bin;%USERPROFILE%\\go\\bin");
    Result ok = machine.check("editor.path");
    assertThat(ok.status()).as(ok.toString()).isEqualTo(Status.OK);
  }

  @Test
  void aRegistryPathEntryThatCannotBeAPathIsNoFolder() throws Exception {
    Result r = new MachineCopy("windows-11-x64", dir)
        .registry(USER, "Path", "REG_EXPAND_SZ", "C:\\bad\u0000dir;%LOCALAPPDATA%\\goready\\current\\bin").check("editor.path");
    assertThat(r.status()).as("found by the fuzz target: a NUL in Path was an InvalidPathException").isEqualTo(Status.OK);
  }

  @Test
  void macAppsGetLaunchdsPath() throws Exception {
    MachineCopy mac = new MachineCopy("linux-go-unpacked-over-old", dir).hostField("os", "darwin")
        .command(List.of("launchctl", "getenv", "PATH"), "\n");
    Result r = mac.check("editor.path");
    assertThat(r.status()).as(r.toString()).isEqualTo(Status.WARN);
    assertThat(r.details()).contains("launchd's default PATH: /usr/bin:/bin:/usr/sbin:/sbin");
    assertThat(r.fix().orElseThrow().commands()).containsExactly("sudo launchctl config user path \"/usr/local/go/bin:/usr/bin:/bin:/usr/sbin:/sbin\"");
  }
}
