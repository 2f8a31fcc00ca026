package dev.goready.host;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The machine's native CPU architecture as a GOARCH, which is what picks the download: an x64 JVM
 * emulated on Windows ARM64, or on Apple silicon under Rosetta, still gets the arm64 toolchain.
 */
public final class NativeArchitecture {
  static final int IMAGE_FILE_MACHINE_I386 = 0x014c;
  static final int IMAGE_FILE_MACHINE_ARM = 0x01c0;
  static final int IMAGE_FILE_MACHINE_ARMNT = 0x01c4;
  static final int IMAGE_FILE_MACHINE_AMD64 = 0x8664;
  static final int IMAGE_FILE_MACHINE_ARM64 = 0xAA64;
  private static final String WINDOWS_ENVIRONMENT_KEY =
      "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment";

  private NativeArchitecture() {}

  public static String detect(Host host) {
    return switch (host.os()) {
      case WINDOWS -> windows(host);
      case DARWIN -> darwin(host);
      default -> unix(host);
    };
  }

  /**
   * In order of trust: IsWow64Process2; PROCESSOR_ARCHITEW6432 (set for a 32-bit process on a
   * 64-bit OS); the machine-wide PROCESSOR_ARCHITECTURE in the registry, which emulation does not
   * rewrite; the process's own PROCESSOR_ARCHITECTURE; and last the JVM's os.arch.
   */
  private static String windows(Host host) {
    Optional<String> fromApi = host.windowsNativeMachine().flatMap(NativeArchitecture::fromMachineType);
    if (fromApi.isPresent()) {
      return fromApi.get();
    }
    return host.env("PROCESSOR_ARCHITEW6432")
        .or(() -> host.registryValue(WINDOWS_ENVIRONMENT_KEY, "PROCESSOR_ARCHITECTURE"))
        .or(() -> host.env("PROCESSOR_ARCHITECTURE"))
        .flatMap(NativeArchitecture::fromName)
        .orElseGet(() -> fromJvm(host));
  }

  /** Rosetta 2 runs an x86_64 JVM on arm64; hw.optional.arm64 says what the silicon is. */
  private static String darwin(Host host) {
    var result = host.run(List.of("sysctl", "-n", "hw.optional.arm64"), Duration.ofSeconds(3));
    if (result.succeeded() && result.stdoutText().trim().equals("1")) {
      return "arm64";
    }
    return fromJvm(host);
  }

  /** The kernel's machine name; Linux 6.1 and later has it as a file, which costs no process. */
  private static String unix(Host host) {
    Optional<String> machine = host.os() == OsFamily.LINUX
        ? host.readFile(host.path("/proc/sys/kernel/arch")).flatMap(text -> fromName(text.trim()))
        : Optional.empty();
    if (machine.isEmpty()) {
      var result = host.run(List.of("uname", "-m"), Duration.ofSeconds(3));
      machine = result.succeeded() ? fromName(result.stdoutText().trim()) : Optional.empty();
    }
    return machine.orElseGet(() -> fromJvm(host));
  }

  private static String fromJvm(Host host) {
    return fromName(host.jvmArch()).orElse(host.jvmArch().toLowerCase(Locale.ROOT));
  }

  static Optional<String> fromMachineType(int machine) {
    return Optional.ofNullable(
        switch (machine) {
          case IMAGE_FILE_MACHINE_ARM64 -> "arm64";
          case IMAGE_FILE_MACHINE_AMD64 -> "amd64";
          case IMAGE_FILE_MACHINE_I386 -> "386";
          case IMAGE_FILE_MACHINE_ARM, IMAGE_FILE_MACHINE_ARMNT -> "armv6l";
          default -> null;
        });
  }

  /** Accepts the names the JVM, uname and Windows use for each architecture. */
  public static Optional<String> fromName(String name) {
    return Optional.ofNullable(
        switch (name.trim().toLowerCase(Locale.ROOT)) {
          case "amd64", "x86_64", "x64", "em64t" -> "amd64";
          case "arm64", "aarch64", "armv8", "arm64e" -> "arm64";
          case "x86", "i386", "i486", "i586", "i686", "386" -> "386";
          case "arm", "armv6l", "armv7l", "armv7", "armhf" -> "armv6l";
          case "ppc64le", "ppc64", "s390x", "riscv64", "loong64", "mips64le", "mips64", "mipsle", "mips" ->
              name.trim().toLowerCase(Locale.ROOT);
          case "loongarch64" -> "loong64";
          default -> null;
        });
  }
}
