package dev.goready.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goready.audit.AuditLog;
import dev.goready.host.UserEnvironment;
import dev.goready.testing.InMemoryUserEnvironment;
import dev.goready.testing.JimfsWindowsHost;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Windows on Linux: Jimfs's Windows path rules, OneDrive-redirected Documents, the user environment in memory. */
class WindowsEnvTest {
  static final String ONEDRIVE_DOCUMENTS = "%USERPROFILE%\\OneDrive - Contoso\\Documents";

  JimfsWindowsHost host;
  InMemoryUserEnvironment registry;
  Path goready;

  @BeforeEach
  void setUp() {
    host = new JimfsWindowsHost("ann").registry(EnvLayout.USER_SHELL_FOLDERS, "Personal", ONEDRIVE_DOCUMENTS);
    registry = new InMemoryUserEnvironment();
    goready = host.path("C:\\Users\\ann\\AppData\\Local\\goready");
  }

  @AfterEach
  void close() throws Exception {
    host.close();
  }

  EnvPlanner planner() {
    return new EnvPlanner(host, goready, Optional.of(registry));
  }

  void apply(EnvPlan plan) {
    new EnvApplier(new AuditLog(goready.resolve("audit.jsonl"), Clock.systemUTC()), Optional.of(registry)).apply(plan);
  }

  @Test
  void profilesGoWhereWindowsKeepsDocumentsAndPathKeepsItsExpandableEntries() throws Exception {
    String userPath = "%USERPROFILE%\\.cargo\\bin;C:\\Tools";
    registry.write("Path", new UserEnvironment.Value(userPath, UserEnvironment.Type.REG_EXPAND_SZ));
    apply(planner().install(new EnvRequest(planner().detectedShells(), Map.of(), false)));

    Path documents = host.path("C:\\Users\\ann\\OneDrive - Contoso\\Documents");
    assertThat(Files.readString(documents.resolve("WindowsPowerShell\\Microsoft.PowerShell_profile.ps1")))
        .contains("# >>> goready >>>\r\n", "'C:\\Users\\ann\\go\\bin', 'C:\\Users\\ann\\AppData\\Local\\goready\\current\\bin'");
    UserEnvironment.Value path = registry.read("Path").orElseThrow();
    assertThat(path.type()).isEqualTo(UserEnvironment.Type.REG_EXPAND_SZ);
    assertThat(path.data()).isEqualTo("C:\\Users\\ann\\AppData\\Local\\goready\\current\\bin;C:\\Users\\ann\\go\\bin;" + userPath);
    assertThat(registry.broadcasts).isEqualTo(1);
    assertThat(Files.readString(host.path("C:\\Users\\ann\\AppData\\Roaming\\go\\env"))).isEqualTo("GOBIN=C:\\Users\\ann\\go\\bin\nGOPATH=C:\\Users\\ann\\go\n");

    assertThat(planner().install(new EnvRequest(planner().detectedShells(), Map.of(), false)).isEmpty()).isTrue();

    apply(planner().remove(planner().allShells(), true));
    assertThat(registry.read("Path").orElseThrow()).isEqualTo(new UserEnvironment.Value(userPath, UserEnvironment.Type.REG_EXPAND_SZ));
    assertThat(documents.resolve("WindowsPowerShell\\Microsoft.PowerShell_profile.ps1")).doesNotExist();
  }

  @Test
  void aPathThatIsNotAStringIsRefusedNotGuessed() {
    registry.write("Path", new UserEnvironment.Value("?", UserEnvironment.Type.OTHER));
    assertThatThrownBy(() -> planner().install(new EnvRequest(Set.of(new Shell.Cmd()), Map.of(), false)))
        .hasMessageContaining("not a string value");
  }

  @Test
  void aPathPastCmdsLimitIsKeptWholeAndWarnedAbout() {
    String longPath = "C:\\Very\\Long\\Entry;".repeat(500).replaceAll(";$", "");
    registry.write("Path", new UserEnvironment.Value(longPath, UserEnvironment.Type.REG_SZ));
    EnvPlan plan = planner().install(new EnvRequest(Set.of(new Shell.Cmd()), Map.of(), false));
    assertThat(plan.warnings()).anyMatch(w -> w.contains("cmd.exe ignores a PATH past 8191"));
    apply(plan);
    assertThat(registry.read("Path").orElseThrow().data()).endsWith(longPath).hasSize(longPath.length() + ";C:\\Users\\ann\\AppData\\Local\\goready\\current\\bin;C:\\Users\\ann\\go\\bin".length());
  }

  @Test
  void dryRunShowsRegistryAndFileChangesAsADiff() {
    registry.write("Path", new UserEnvironment.Value("C:\\Tools", UserEnvironment.Type.REG_SZ));
    String diff = PlanDiff.render(planner().install(new EnvRequest(Set.of(new Shell.Cmd(), new Shell.WindowsPowerShell()), Map.of("GOTOOLCHAIN", "local"), false)));
    assertThat(diff).contains("--- HKCU\\Environment\\Path", "-REG_SZ C:\\Tools", "+REG_SZ C:\\Users\\ann\\AppData\\Local\\goready\\current\\bin;C:\\Users\\ann\\go\\bin;C:\\Tools",
        "+++ b/C:\\Users\\ann\\AppData\\Roaming\\go\\env", "+GOTOOLCHAIN=local");
    assertThat(registry.broadcasts).isZero();
  }

  @Test
  void utf8BomProfilesStayUtf8Bom() throws Exception {
    Path profile = host.path("C:\\Users\\ann\\OneDrive - Contoso\\Documents\\WindowsPowerShell\\Microsoft.PowerShell_profile.ps1");
    Files.createDirectories(profile.getParent());
    byte[] original = EnvPlannerTest.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Import-Module posh-git\r\n".getBytes(StandardCharsets.UTF_8));
    Files.write(profile, original);
    apply(planner().install(new EnvRequest(Set.of(new Shell.WindowsPowerShell()), Map.of(), false)));
    assertThat(Files.readAllBytes(profile)).startsWith(original);
    apply(planner().remove(Set.of(new Shell.WindowsPowerShell()), false));
    assertThat(Files.readAllBytes(profile)).isEqualTo(original);
  }
}
