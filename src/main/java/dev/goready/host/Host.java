package dev.goready.host;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The only door to the machine: environment, files outside goready's own store, processes, OS and
 * CPU facts. Domain code receives a Host and never calls System.getenv, ProcessBuilder or reads
 * /proc directly, so one test can stand in for a Windows ARM64 laptop and the next for a WSL2
 * distro. {@link RealHost} is the live machine; {@link FixtureHost} replays a folder. The /proc
 * files domain code asks for are named in {@link ProcFiles}; facts about goready's own process,
 * which no Host stands in for, are in {@link ThisProcess}.
 */
public interface Host {

  OsFamily os();

  /** The OS version the JVM reports ({@code os.version}): the kernel release on Linux, the NT version on Windows. */
  String osVersion();

  /** The JVM's own {@code os.arch}: under emulation this is the emulated architecture. */
  String jvmArch();

  /** The machine's own GOARCH, seen through x64 emulation on ARM64 and 32-bit JVMs on 64-bit kernels. */
  default String nativeGoarch() {
    return NativeArchitecture.detect(this);
  }

  /** An environment variable; names are case-insensitive on Windows ({@code Path} is PATH). */
  Optional<String> env(String name);

  Map<String, String> environment();

  Path home();

  /** $HOME (%USERPROFILE% on Windows): the home folder shells and the go command use, not the JVM's user.home. */
  default String homeVariable() {
    return env(os() == OsFamily.WINDOWS ? "USERPROFILE" : "HOME").filter(v -> !v.isBlank()).orElse(home().toString());
  }

  /** The separator of PATH-like lists here: ";" on Windows, ":" elsewhere. */
  default String listSeparator() {
    return os() == OsFamily.WINDOWS ? ";" : ":";
  }

  /** PATH's entries in order, quotes and blanks dropped. */
  default List<String> pathEntries() {
    List<String> entries = new java.util.ArrayList<>();
    for (String entry : env("PATH").orElse("").split(java.util.regex.Pattern.quote(listSeparator()))) {
      if (!entry.isBlank()) {
        entries.add(entry.strip().replaceAll("^\"|\"$", ""));
      }
    }
    return List.copyOf(entries);
  }

  /** Whether a file named {@code program} (go, go.exe) is in one of PATH's folders. */
  default boolean onPath(String program) {
    return pathEntries().stream().anyMatch(dir -> exists(path(dir).resolve(program)));
  }

  /** A path in this host's syntax: a Windows snapshot replayed on Linux still has C:\ paths with parents. */
  Path path(String text);

  /** {@link #path} for text from outside (a registry value, a shim file): empty where it cannot be a path here, such as a NUL in it. */
  default Optional<Path> pathIfValid(String text) {
    try {
      return Optional.of(path(text));
    } catch (java.nio.file.InvalidPathException notAPath) {
      return Optional.empty();
    }
  }

  Path cwd();

  /**
   * A text file outside goready's store (for example /proc/version); empty if it is absent or not
   * a regular file. Decoded as UTF-8 with undecodable bytes replaced, and cut at {@link
   * TextFiles#MAX_BYTES}: a probe never chokes on binary junk or a huge file.
   */
  Optional<String> readFile(Path path);

  /** A file to stream (a kernel log of any size); empty if it is absent. */
  Optional<InputStream> openFile(Path path);

  /** Whether a file, folder or device exists at this path. */
  boolean exists(Path path);

  /** The path with every symlink resolved (/usr/bin/go → /usr/lib/go-1.19/bin/go); the path itself where unknown. */
  Path realPath(Path path);

  /** The names in a folder, sorted; empty if it is absent. */
  List<String> list(Path dir);

  /** Free space and writability of the file system a folder is on; empty where unknown. */
  Optional<PathStatus> pathStatus(Path path);

  /** The addresses a host name resolves to, within the timeout; empty when this host cannot tell (not recorded). */
  Optional<DnsAnswer> resolve(String hostname, Duration timeout);

  /**
   * One GET through the proxy and TLS trust installs use, timed; empty when this host cannot tell (a
   * replay that did not record it, a host given no {@link HttpDoor}).
   */
  default Optional<HttpAnswer> http(HttpGet request) {
    return Optional.empty();
  }

  /** Runs a program without a shell and without input; never waits longer than the timeout. */
  CommandResult run(List<String> argv, Duration timeout);

  /** Windows PowerShell (also reached from WSL through interop) runs one command line, without profile or prompts. */
  default CommandResult powershell(String command, Duration timeout) {
    return run(List.of("powershell.exe", "-NoProfile", "-NonInteractive", "-Command", command), timeout);
  }

  /**
   * Runs a long step (a build, a test suite) with exactly the spec's environment, handing its stdout
   * and stderr on line by line as they arrive and a sample of its process tree every interval; past
   * the timeout the whole tree is killed. A program that cannot start ends with exit 127 and the
   * reason as one stderr line.
   */
  ProcessOutcome spawn(ProcessSpec spec, Consumer<ProcessSample> samples, Consumer<String> stdout, Consumer<String> stderr);

  /**
   * Runs a program attached to goready's own stdin, stdout and stderr, with exactly {@code env} (its
   * PATH also finds the program), and returns its exit code once it ends. goready exec hands its
   * terminal over this way; a Ctrl-C reaches the program, and goready waits for it before exiting.
   * A program that cannot be found or started is a usage error naming it.
   */
  int attach(List<String> argv, Path dir, Map<String, String> env);

  /**
   * Runs the action when goready is asked to stop (Ctrl-C, SIGTERM), before it exits; the exit
   * waits for the action to return. Closing the registration withdraws the action.
   */
  Registration onInterrupt(Runnable action);

  /**
   * Windows only: the native machine type from {@code IsWow64Process2} (0xAA64 for ARM64, 0x8664
   * for x64), the one source that sees through x64 emulation on ARM64. Empty elsewhere or when the
   * API is missing.
   */
  Optional<Integer> windowsNativeMachine();

  /** Windows only: a registry value as text, for example the machine's PROCESSOR_ARCHITECTURE. */
  Optional<String> registryValue(String key, String name);

  /**
   * The ids of processes running a binary from {@code tree} (its executable or a mapped file is
   * there); empty when this machine cannot tell (only Linux's /proc says).
   */
  default Optional<List<Long>> processesUsing(Path tree) {
    return Optional.empty();
  }

  /** Windows only: the user environment (HKCU\Environment) that cmd and Explorer read; empty elsewhere and in replays. */
  default Optional<UserEnvironment> userEnvironment() {
    return Optional.empty();
  }

  /** Whether stderr is a terminal, so progress bars and colours may be drawn there. */
  boolean stderrIsTerminal();

  /** The machine's clock: when a replayed snapshot was recorded, so judgements that age replay the same. */
  default Instant now() {
    return Instant.now();
  }
}
