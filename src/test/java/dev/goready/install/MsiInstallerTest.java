package dev.goready.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.audit.AuditLog;
import dev.goready.host.FixtureHost;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** msiexec cannot run here: a Windows fixture host answers with the exit codes Windows Installer uses. */
class MsiInstallerTest {
  static final Path MSI = Path.of("C:\\Users\\ann\\AppData\\Local\\goready\\downloads\\go1.22.5.windows-amd64.msi");

  @TempDir Path temp;

  static final String GOOGLE_SIGNED = "{\"Status\": \"Valid\", \"Signer\": \"CN=Google LLC, O=Google LLC, L=Mountain View, S=California, C=US\", \"StatusMessage\": \"Signature verified.\"}";

  MsiInstaller windowsAnswering(int exit) throws Exception {
    return windows(exit, GOOGLE_SIGNED);
  }

  MsiInstaller windows(int exit, String authenticode) throws Exception {
    Path fixture = Files.createDirectories(temp.resolve("windows"));
    Files.writeString(fixture.resolve("host.json"), "{\"os\": \"windows\", \"arch\": \"amd64\"}");
    ObjectMapper json = new ObjectMapper();
    var commands = json.createArrayNode();
    var msiexec = commands.addObject().put("exit", exit);
    List.of("msiexec.exe", "/i", MSI.toString(), "/qn", "/norestart").forEach(msiexec.putArray("argv")::add);
    var check = commands.addObject().put("exit", 0).put("stdout", authenticode);
    Authenticode.command(MSI).forEach(check.putArray("argv")::add);
    Files.writeString(fixture.resolve("commands.json"), commands.toString());
    return new MsiInstaller(new FixtureHost(fixture), new AuditLog(temp.resolve("audit.jsonl"), Clock.systemUTC()));
  }

  @Test
  void anMsiWhoseSignatureIsNotValidIsNeverRun() throws Exception {
    MsiInstaller tampered = windows(0, "{\"Status\": \"HashMismatch\", \"Signer\": \"CN=Google LLC, O=Google LLC\", \"StatusMessage\": \"The contents of file might have been changed\"}");
    assertThatThrownBy(() -> tampered.run(MSI, "go1.22.5"))
        .isInstanceOfSatisfying(GoreadyException.class, e -> {
          assertThat(e.exitCode()).isEqualTo(ExitCode.INTEGRITY);
          assertThat(e.getMessage()).contains("HashMismatch", "might have been changed");
        });
    assertThat(temp.resolve("audit.jsonl")).doesNotExist();
  }

  @Test
  void aValidSignatureFromSomeoneElseIsRefused() throws Exception {
    MsiInstaller other = windows(0, "{\"Status\": \"Valid\", \"Signer\": \"CN=Mallory Ltd, O=Mallory Ltd\"}");
    assertThatThrownBy(() -> other.run(MSI, "go1.22.5")).hasMessageContaining("by CN=Mallory Ltd, O=Mallory Ltd, not Google");
  }

  @Test
  void aSuccessfulMsiInstallIsLogged() throws Exception {
    windowsAnswering(0).run(MSI, "go1.22.5");
    assertThat(Files.readString(temp.resolve("audit.jsonl"))).contains("\"authenticode\":\"Valid\"", "O=Google LLC", "\"action\":\"install\"", "\"result\":\"ok\"", "\"msiexecExit\":0");
  }

  @Test
  void aRebootRequestStillCountsAsInstalled() throws Exception {
    windowsAnswering(3010).run(MSI, "go1.22.5");
    assertThat(Files.readString(temp.resolve("audit.jsonl"))).contains("\"result\":\"ok\"");
  }

  @Test
  void missingAdminRightsAreNamedWithTheWayOut() throws Exception {
    MsiInstaller installer = windowsAnswering(1603);
    assertThatThrownBy(() -> installer.run(MSI, "go1.22.5"))
        .isInstanceOfSatisfying(GoreadyException.class, e -> {
          assertThat(e.exitCode()).isEqualTo(ExitCode.LOCAL);
          assertThat(e.getMessage()).contains("exit code 1603", "needs administrator rights");
          assertThat(e.hint()).hasValueSatisfying(h -> assertThat(h).contains("as administrator", "drop --msi"));
        });
    assertThat(Files.readString(temp.resolve("audit.jsonl"))).contains("\"result\":\"fail\"", "\"msiexecExit\":1603");
  }

  @Test
  void msiIsForWindowsOnly() {
    MsiInstaller onLinux = new MsiInstaller(dev.goready.testing.Fixtures.host("wsl2-ubuntu-arm64"), new AuditLog(temp.resolve("a.jsonl"), Clock.systemUTC()));
    assertThatThrownBy(onLinux::requireWindows).hasMessageContaining("only on Windows");
  }
}
