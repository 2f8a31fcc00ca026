package dev.goready.doctor.checks;

import dev.goready.doctor.Check;
import dev.goready.doctor.Probe;
import dev.goready.doctor.Result;
import dev.goready.host.HostKind;
import dev.goready.host.NativeArchitecture;
import dev.goready.host.ProcFiles;
import dev.goready.wsl.OsRelease;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The OS and its version, the native architecture (naming emulation), and the kind of machine. */
public final class PlatformCheck implements Check {
  static final String WINDOWS_VERSION_KEY = "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion";

  @Override
  public String id() {
    return "platform";
  }

  @Override
  public Result run(Probe probe) {
    List<String> details = new ArrayList<>();
    String os = switch (probe.kind()) {
      case WINDOWS -> windowsName(probe, details);
      case MACOS -> "macOS " + probe.run("sw_vers", "-productVersion").stdoutText().strip();
      case WSL1, WSL2, LINUX -> linuxName(probe, details);
    };
    String arch = probe.platform().goarch();
    String jvmArch = NativeArchitecture.fromName(probe.host().jvmArch()).orElse(probe.host().jvmArch());
    String archText = jvmArch.equals(arch) ? arch : arch + " (goready's JVM runs as " + jvmArch + " under emulation)";
    details.add("native architecture: " + arch + "; JVM: " + probe.host().jvmArch());
    return Result.ok(kindName(probe.kind()) + " · " + os + " · " + probe.platform().goos() + "/" + archText, details);
  }

  private static String kindName(HostKind kind) {
    return switch (kind) {
      case WSL1 -> "WSL1";
      case WSL2 -> "WSL2";
      case WINDOWS -> "Windows";
      case MACOS -> "macOS";
      case LINUX -> "Linux";
    };
  }

  /** Windows 11 is build 22000 and later, though the registry's ProductName still says "Windows 10". */
  private static String windowsName(Probe probe, List<String> details) {
    Optional<String> build = probe.host().registryValue(WINDOWS_VERSION_KEY, "CurrentBuild");
    Optional<String> display = probe.host().registryValue(WINDOWS_VERSION_KEY, "DisplayVersion");
    if (build.isEmpty()) {
      return "Windows (build unknown)";
    }
    int number = parseInt(build.get());
    details.add("build " + build.get() + display.map(d -> ", " + d).orElse(""));
    return (number >= 22000 ? "Windows 11" : "Windows 10") + display.map(d -> " " + d).orElse("") + " (build " + build.get() + ")";
  }

  private static String linuxName(Probe probe, List<String> details) {
    String release = probe.file(ProcFiles.osRelease()).orElse("").strip();
    details.add("kernel " + release);
    return OsRelease.parse(probe.file("/etc/os-release").orElse("")).prettyName().orElse("Linux");
  }

  static int parseInt(String text) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
