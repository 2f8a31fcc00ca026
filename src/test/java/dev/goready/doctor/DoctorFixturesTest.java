package dev.goready.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.config.Settings;
import dev.goready.doctor.checks.Checks;
import dev.goready.host.FixtureHost;
import dev.goready.host.HostKind;
import dev.goready.testing.Fixtures;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Whole machines from snapshot folders: each test pins the statuses and fixes of the checks that matter there. */
class DoctorFixturesTest {

  static Report doctor(String machine) {
    FixtureHost host = Fixtures.host("doctor/" + machine);
    Probe probe = new Probe(host, new DoctorOptions(Duration.ofSeconds(5), false, Optional.empty(), new Settings(host).home()));
    return Runner.run(Checks.all(), probe, Set.of(), Set.of());
  }

  static Map<String, Result> byId(Report report) {
    return report.checks().stream().collect(Collectors.toMap(CheckReport::id, CheckReport::result));
  }

  static Map<String, Status> statuses(Report report) {
    return report.checks().stream().collect(Collectors.toMap(CheckReport::id, c -> c.result().status()));
  }

  @Test
  void everyReportListsEveryCheckInTheContractOrder() {
    assertThat(doctor("debian-12").checks()).extracting(CheckReport::id).containsExactly(
        "platform", "wsl.version", "wsl.kernel", "wsl.kernel-log", "distro", "wsl.systemd", "wsl.interop", "wsl.gpu",
        "net.mode", "net.dns", "net.proxy", "net.reach", "fs.gopath", "fs.gocache", "fs.gomodcache", "fs.workdir",
        "path.go", "go.env", "go.tree", "go.version", "go.mod", "go.settings", "go.tools", "editor.vscode", "editor.path", "windows.defender");
  }

  @Test
  void tlsInspectionBehindTheCompanyProxyFailsNetReachWithTheCaFixAndAnOldSnapshotSaysNotRecorded() {
    Map<String, Result> r = byId(doctor("ubuntu-24.04-tls-inspection"));
    Result reach = r.get("net.reach");
    assertThat(reach.status()).isEqualTo(Status.FAIL);
    assertThat(reach.summary()).isEqualTo("proxy.golang.org: its TLS certificate is not trusted through http://proxy.corp.example:8080; "
        + "sum.golang.org: its TLS certificate is not trusted through http://proxy.corp.example:8080");
    assertThat(reach.details()).contains("GOPROXY https://proxy.golang.org: GET /golang.org/x/mod/@latest → tls-untrusted: TLS failed (PKIX path building failed: "
        + "sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target) in 41 ms (proxy: http://proxy.corp.example:8080)");
    assertThat(reach.fix().orElseThrow().text()).contains("GOREADY_CA_FILE", "system store");
    assertThat(reach.fix().orElseThrow().commands()).containsExactly("export GOREADY_CA_FILE=/path/to/company-ca.pem",
        "sudo cp /path/to/company-ca.pem /usr/local/share/ca-certificates/company-ca.crt && sudo update-ca-certificates");
    assertThat(r.get("net.dns").status()).isEqualTo(Status.WARN);

    Result old = byId(doctor("debian-12")).get("net.reach");
    assertThat(old.status()).isEqualTo(Status.SKIP);
    assertThat(old.summary()).isEqualTo("not recorded in this snapshot");
  }

  @Test
  void aHealthyWsl2UbuntuHasNothingToFix() {
    Report report = doctor("wsl2-ubuntu-22.04-healthy");
    assertThat(report.kind()).isEqualTo(HostKind.WSL2);
    assertThat(report.failed(true)).as(statuses(report).toString()).isFalse();
    Map<String, Result> r = byId(report);
    assertThat(r.get("platform").summary()).isEqualTo("WSL2 · Ubuntu 22.04.4 LTS · linux/amd64");
    assertThat(r.get("wsl.kernel").summary()).isEqualTo("Microsoft's WSL2 kernel 5.15.153.1");
    assertThat(r.get("wsl.systemd").status()).isEqualTo(Status.OK);
    assertThat(r.get("net.dns").details()).contains("nameservers: 10.255.255.254 (written by WSL) — WSL DNS tunneling");
    assertThat(r.get("fs.gomodcache").summary()).isEqualTo("/home/ann/go/pkg/mod (ext4)");
    assertThat(r.get("path.go").summary()).isEqualTo("/home/ann/.local/share/goready/current/bin/go");
    assertThat(r.get("go.version").summary()).isEqualTo("go1.23.4");
    assertThat(r.get("go.tree").summary()).isEqualTo("go1.23.4: the go command, VERSION and compile agree");
    assertThat(r.get("editor.vscode").summary()).isEqualTo("Remote-WSL, gopls and dlv installed");
    assertThat(r.get("wsl.gpu").status()).isEqualTo(Status.SKIP);
    assertThat(r.get("windows.defender").summary()).isEqualTo("Go's folders are in the distro's own file system, which Defender does not scan");
  }

  @Test
  void aModuleCacheOnTheWindowsDriveFailsWithTheGoEnvFix() {
    Result r = byId(doctor("wsl2-gomodcache-on-c")).get("fs.gomodcache");
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.summary()).isEqualTo("GOMODCACHE /mnt/c/Users/ann/go/pkg/mod is on a Windows drive (9p): slow, no POSIX permissions");
    assertThat(r.fix().orElseThrow().commands()).containsExactly("go env -w GOMODCACHE=/home/ann/go/pkg/mod");
    assertThat(byId(doctor("wsl2-gomodcache-on-c")).get("fs.gopath").status()).isEqualTo(Status.OK);
  }

  @Test
  void windowsGoFirstOnPathFailsWithTheInteropFix() {
    Map<String, Result> r = byId(doctor("wsl2-windows-go-first"));
    assertThat(r.get("path.go").status()).isEqualTo(Status.FAIL);
    assertThat(r.get("path.go").summary()).isEqualTo("the first go on PATH is Windows' /mnt/c/Program Files/Go/bin/go.exe, seen through interop");
    assertThat(r.get("path.go").fix().orElseThrow().commands())
        .containsExactly("goready wsl config --append-windows-path off", "wsl.exe --shutdown",
            "export PATH=\"/home/ann/.local/share/goready/current/bin:$PATH\"");
    assertThat(r.get("go.env").status()).isEqualTo(Status.SKIP);
  }

  @Test
  void wsl1IsNamedWithTheConversionCommand() {
    Report report = doctor("wsl1-ubuntu");
    assertThat(report.kind()).isEqualTo(HostKind.WSL1);
    Map<String, Result> r = byId(report);
    assertThat(r.get("wsl.kernel").status()).isEqualTo(Status.WARN);
    assertThat(r.get("wsl.kernel").fix().orElseThrow().commands()).containsExactly("wsl.exe --set-version Ubuntu 2");
    assertThat(r.get("wsl.systemd").summary()).isEqualTo("systemd is off (PID 1 is init)");
    assertThat(r.get("wsl.kernel-log").status()).isEqualTo(Status.SKIP);
    assertThat(r.get("net.mode").summary()).isEqualTo("WSL1 shares Windows' network stack");
  }

  @Test
  void aCustomKernelAndAnUnsignedModuleAreWarnings() {
    Map<String, Result> r = byId(doctor("wsl2-custom-kernel"));
    assertThat(r.get("platform").summary()).startsWith("WSL2 · ");
    assertThat(r.get("wsl.kernel").status()).isEqualTo(Status.WARN);
    assertThat(r.get("wsl.kernel").summary()).isEqualTo("a custom WSL2 kernel (6.6.36.3-custom+)");
    assertThat(r.get("wsl.kernel").details()).contains(".wslconfig kernel=C:\\\\Users\\\\ann\\\\bzImage-6.6.36.3");
    assertThat(r.get("wsl.kernel-log").status()).isEqualTo(Status.WARN);
    assertThat(r.get("wsl.kernel-log").summary()).isEqualTo("1 unsigned module(s) loaded: zfs");
    assertThat(r.get("wsl.kernel-log").details()).anyMatch(d -> d.contains("zfs: module verification failed"));
  }

  @Test
  void windows11X64SeesWslDistrosFromWindowsAndAStaleVsCodeGoroot() {
    Report report = doctor("windows-11-x64");
    assertThat(report.kind()).isEqualTo(HostKind.WINDOWS);
    Map<String, Result> r = byId(report);
    assertThat(r.get("platform").summary()).isEqualTo("Windows · Windows 11 23H2 (build 22631) · windows/amd64");
    assertThat(r.get("wsl.version").status()).isEqualTo(Status.WARN);
    assertThat(r.get("wsl.version").details()).contains("WSL 2.3.26.0", "kernel 5.15.167.4-1", "Windows 10.0.22631.4460",
        "default version for new distros: 2", "* Ubuntu-22.04 — WSL2, Running", "  Debian — WSL1, Stopped");
    assertThat(r.get("wsl.version").fix().orElseThrow().commands()).containsExactly("wsl --set-version Debian 2");
    assertThat(r.get("net.mode").summary()).startsWith("mirrored");
    assertThat(r.get("path.go").status()).isEqualTo(Status.OK);
    assertThat(r.get("go.env").status()).as("go env itself looks whole").isNotEqualTo(Status.FAIL);
    assertThat(r.get("editor.vscode").status()).isEqualTo(Status.WARN);
    assertThat(r.get("editor.vscode").summary()).contains("pins GOROOT to C:\\Program Files\\Go");
    assertThat(r.get("windows.defender").summary()).isEqualTo("reading Defender's exclusions needs an administrator terminal");
  }

  @Test
  void windowsArm64WithAnX64GoIsToldToGoNative() {
    Report report = doctor("windows-11-arm64-x64-go");
    assertThat(report.arch()).isEqualTo("arm64");
    Map<String, Result> r = byId(report);
    assertThat(r.get("platform").summary()).isEqualTo("Windows · Windows 11 24H2 (build 26100) · windows/arm64 (goready's JVM runs as amd64 under emulation)");
    assertThat(r.get("go.env").status()).isEqualTo(Status.WARN);
    assertThat(r.get("go.env").fix().orElseThrow().commands()).containsExactly("goready install --arch arm64");
    assertThat(r.get("wsl.version").summary()).isEqualTo("the inbox WSL: wsl.exe does not know --version");
    assertThat(r.get("wsl.version").fix().orElseThrow().commands()).containsExactly("wsl --update");
    assertThat(r.get("windows.defender").summary()).isEqualTo("2 Go folder(s) and 3 build tool(s) are scanned in real time, which slows builds");
    assertThat(r.get("windows.defender").fix().orElseThrow().commands()).containsExactly("goready windows defender --apply",
        "Add-MpPreference -ExclusionPath 'C:\\Users\\ann\\go'", "Add-MpPreference -ExclusionPath 'C:\\Users\\ann\\AppData\\Local\\go-build'",
        "Add-MpPreference -ExclusionProcess 'C:\\Program Files\\Go\\pkg\\tool\\windows_amd64\\compile.exe'",
        "Add-MpPreference -ExclusionProcess 'C:\\Program Files\\Go\\pkg\\tool\\windows_amd64\\link.exe'",
        "Add-MpPreference -ExclusionProcess 'C:\\Program Files\\Go\\pkg\\tool\\windows_amd64\\asm.exe'");
    assertThat(r.get("windows.defender").fix().orElseThrow().actions()).singleElement()
        .satisfies(a -> assertThat(a.held()).hasValue("needs an elevated (administrator) terminal"));
    assertThat(r.get("net.dns").summary()).isEqualTo("no lookups recorded in this snapshot");
  }

  @Test
  void debianWithItsOwnGoBehindAProxy() {
    Map<String, Result> r = byId(doctor("debian-12"));
    assertThat(r.get("distro").status()).isEqualTo(Status.WARN);
    assertThat(r.get("distro").summary()).isEqualTo("Debian GNU/Linux 12 (bookworm) ships Go 1.19, which is out of support");
    assertThat(r.get("wsl.version").summary()).as("no distro to point at on plain Linux").isEqualTo("not Windows");
    assertThat(r.get("go.version").summary()).isEqualTo("go1.19.8 is out of support: it gets no security fixes (Go supports 1.22 and newer)");
    assertThat(r.get("path.go").status()).isEqualTo(Status.OK);
    assertThat(r.get("go.env").status()).as("/usr/bin/go is a link into GOROOT").isNotEqualTo(Status.FAIL);
    assertThat(r.get("net.dns").status()).isEqualTo(Status.WARN);
    assertThat(r.get("net.proxy").summary()).isEqualTo("proxy http://***@proxy.corp.example:3128; GOPROXY=https://proxy.golang.org,direct");
    assertThat(String.join("\n", r.get("net.proxy").details())).doesNotContain("s3cret");
    assertThat(r.get("fs.gocache").status()).isEqualTo(Status.WARN);
    assertThat(r.get("fs.workdir").status()).isEqualTo(Status.FAIL);
    assertThat(r.get("wsl.kernel-log").summary()).contains("Operation not permitted");
  }

  @Test
  void anNvidiaGpuIsNamedWithDriverAndCuda() {
    Map<String, Result> r = byId(doctor("linux-nvidia-gpu"));
    assertThat(r.get("wsl.gpu").status()).isEqualTo(Status.OK);
    assertThat(r.get("wsl.gpu").summary()).isEqualTo("NVIDIA L4 — driver 550.127.05, CUDA 12.4");
    assertThat(r.get("go.version").summary()).isEqualTo("go1.22.5 is behind go1.22.10 of the same line");
    assertThat(r.get("go.version").fix().orElseThrow().commands()).containsExactly("goready install 1.22");
    assertThat(r.get("distro").summary()).contains("Ubuntu 24.04.1 LTS");
  }

  @Test
  void microsoftsOwn2020KernelIsOfficialButOldAndMonoStealsWindowsPrograms() {
    Map<String, Result> r = byId(doctor("wsl2-4.19-mono-blocked-gpu"));
    Result kernel = r.get("wsl.kernel");
    assertThat(kernel.status()).isEqualTo(Status.WARN);
    assertThat(kernel.summary()).isEqualTo("Microsoft's WSL2 kernel 4.19.128 from 2020, from before 5.10: years without fixes");
    assertThat(kernel.details()).contains("built by oe-user@oe-host");
    assertThat(kernel.fix().orElseThrow().commands()).containsExactly("wsl.exe --update", "wsl.exe --shutdown");
    Result interop = r.get("wsl.interop");
    assertThat(interop.status()).isEqualTo(Status.WARN);
    assertThat(interop.summary()).startsWith("binfmt entry 'cli' (/usr/lib/binfmt-support/run-detectors) claims Windows programs");
    assertThat(interop.details()).contains("binfmt WSLInterop-late: enabled, interpreter /init, flags PF, magic 4d5a");
    assertThat(interop.fix().orElseThrow().commands()).containsExactly("sudo update-binfmts --disable cli", "wsl.exe --shutdown");
    Result gpu = r.get("wsl.gpu");
    assertThat(gpu.status()).isEqualTo(Status.WARN);
    assertThat(gpu.summary()).isEqualTo("nvidia-smi: GPU access blocked by the operating system");
    assertThat(r.get("net.mode").summary()).startsWith("mirrored");
    assertThat(r.get("net.mode").details()).anyMatch(d -> d.contains("[experimental], which only WSL 2.0.x reads"));
    assertThat(r.get("wsl.systemd").status()).isEqualTo(Status.OK);
  }

  @Test
  void aKernelThatSurvivedWslUpdateALinuxDriverInsideWslAndUnreadableInputs() {
    Map<String, Result> r = byId(doctor("wsl2-stale-kernel-linux-nvidia-driver"));
    Result kernel = r.get("wsl.kernel");
    assertThat(kernel.status()).isEqualTo(Status.WARN);
    assertThat(kernel.summary()).isEqualTo("the running kernel 5.15.153.1 is older than the installed 5.15.167.4-1: WSL was updated but not restarted");
    assertThat(kernel.fix().orElseThrow().commands()).containsExactly("wsl.exe --shutdown");
    Result gpu = r.get("wsl.gpu");
    assertThat(gpu.status()).isEqualTo(Status.WARN);
    assertThat(gpu.summary()).startsWith("a Linux NVIDIA driver inside WSL shadows Windows' driver: NVIDIA-SMI has failed because it couldn't communicate");
    assertThat(gpu.fix().orElseThrow().commands()).contains("wsl.exe --shutdown");
    assertThat(r.get("wsl.systemd").status()).as("no /proc/1/comm is unknown, not 'systemd is off'").isEqualTo(Status.SKIP);
    assertThat(r.get("wsl.systemd").summary()).contains("/proc/1/comm");
    assertThat(r.get("wsl.interop").status()).isEqualTo(Status.SKIP);
    assertThat(r.get("fs.workdir").status()).as("no mount table: the mount cannot be looked up").isNotEqualTo(Status.OK);
  }

  @Test
  void aUsersOwnBuildOfMicrosoftsSourceIsCustom() {
    assertThat(dev.goready.doctor.checks.WslKernelCheck.isMicrosoft("5.15.153.1-microsoft-standard-WSL2", Optional.of("ann@DESKTOP-4KJ2L9"))).isFalse();
    assertThat(dev.goready.doctor.checks.WslKernelCheck.isMicrosoft("5.15.153.1-microsoft-standard-WSL2", Optional.of("root@941d701f84f1"))).isTrue();
    assertThat(dev.goready.doctor.checks.WslKernelCheck.isMicrosoft("4.19.128-microsoft-standard", Optional.of("oe-user@oe-host"))).isTrue();
    assertThat(dev.goready.doctor.checks.WslKernelCheck.isMicrosoft("5.15.153.1-microsoft-standard-WSL2+", Optional.empty())).isFalse();
  }

  @Test
  void aGorootFromAnotherReleaseMixesTwoToolchains() {
    Map<String, Result> r = byId(doctor("linux-goroot-of-another-release"));
    Result tree = r.get("go.tree");
    assertThat(tree.status()).isEqualTo(Status.FAIL);
    assertThat(tree.summary()).isEqualTo("VERSION in /usr/local/go is go1.23.4 but the go command is go1.22.2: builds fail with \"version does not match go tool version\"");
    assertThat(tree.details()).contains("go command (/usr/bin/go): go1.22.2", "/usr/local/go/pkg/tool/linux_amd64/compile: go1.23.4");
    assertThat(tree.fix().orElseThrow().commands()).containsExactly("unset GOROOT", "go env -u GOROOT");
    assertThat(r.get("go.env").status()).as("GOROOT does not hold /usr/lib/go-1.22/bin/go").isEqualTo(Status.FAIL);
  }

  @Test
  void aReleaseUnpackedOverAnOlderTreeKeepsTheOldCompiler() {
    Map<String, Result> r = byId(doctor("linux-go-unpacked-over-old"));
    Result tree = r.get("go.tree");
    assertThat(tree.status()).isEqualTo(Status.FAIL);
    assertThat(tree.summary()).startsWith("compile in /usr/local/go is go1.21.13 but the go command is go1.23.4");
    assertThat(tree.fix().orElseThrow().commands()).containsExactly("sudo rm -rf /usr/local/go", "goready install go1.23.4", "goready env");
    assertThat(r.get("go.env").status()).as("go env itself looks whole").isNotEqualTo(Status.FAIL);
  }
}
