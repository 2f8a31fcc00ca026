package dev.goready.doctor;

import dev.goready.GoreadyException;
import dev.goready.config.ProfileFindings;
import dev.goready.host.CommandResult;
import dev.goready.host.Host;
import dev.goready.host.HostKind;
import dev.goready.host.IniFile;
import dev.goready.host.ProcFiles;
import dev.goready.host.WindowsProfile;
import dev.goready.project.Pin;
import dev.goready.project.PinFinder;
import dev.goready.release.Platform;
import dev.goready.release.ReleaseIndex;
import dev.goready.wsl.MountTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the checks read, each fact computed once and shared: the machine kind, the mount table, WSL's
 * config files, the go binaries on PATH and `go env -json`. Everything goes through the Host.
 */
public final class Probe {
  private final Host host;
  private final DoctorOptions options;
  private final Lazy<HostKind> kind;
  private final Lazy<Platform> platform;
  private final Lazy<MountTable> mounts;
  private final Lazy<IniFile> wslConf;
  private final Lazy<Optional<Path>> windowsProfile;
  private final Lazy<IniFile> wslConfig;
  private final Lazy<List<Path>> goOnPath;
  private final Lazy<Optional<CommandResult>> goEnvRun;
  private final Lazy<Optional<GoEnvironment>> goEnv;
  private final Lazy<Optional<ReleaseIndex>> cachedIndex;
  private final Lazy<ProjectFile> projectFile;
  private final Lazy<List<ProfileFindings.Finding>> startupConflicts;

  public Probe(Host host, DoctorOptions options) {
    this.host = host;
    this.options = options;
    this.kind = new Lazy<>(() -> HostKind.of(host));
    this.platform = new Lazy<>(() -> new Platform(host.os().goos(), host.nativeGoarch()));
    this.mounts = new Lazy<>(() -> MountTable.parse(file(ProcFiles.mounts()).orElse("")));
    this.wslConf = new Lazy<>(() -> file("/etc/wsl.conf").map(IniFile::parse).orElse(IniFile.EMPTY));
    this.windowsProfile = new Lazy<>(this::findWindowsProfile);
    this.wslConfig = new Lazy<>(() -> windowsProfile.get().flatMap(p -> host.readFile(p.resolve(".wslconfig"))).map(IniFile::parse).orElse(IniFile.EMPTY));
    this.goOnPath = new Lazy<>(this::findGoOnPath);
    this.goEnvRun = new Lazy<>(() -> goOnPath().isEmpty() ? Optional.empty() : Optional.of(run(goOnPath().getFirst().toString(), "env", "-json")));
    this.goEnv = new Lazy<>(this::readGoEnv);
    this.cachedIndex = new Lazy<>(this::readCachedIndex);
    this.projectFile = new Lazy<>(this::findProjectFile);
    this.startupConflicts = new Lazy<>(() -> new ProfileFindings(host, options.goreadyHome()).conflictsInStartupFiles());
  }

  /** The go.work or go.mod the go command reads from the project folder (a parent's too), or why it could not be read. */
  public record ProjectFile(Optional<Path> file, Optional<GoreadyException> unreadable) {}

  /** --project DIR (relative to the working folder), else the working folder. */
  public Path projectFolder() {
    return options.project().map(p -> host.cwd().resolve(host.path(p.toString()))).orElse(host.cwd());
  }

  /** The project's go.work or go.mod, found once however many checks ask. */
  public ProjectFile projectFile() {
    return projectFile.get();
  }

  /** The startup-file lines goready env reports as conflicts, read once for path.go and go.env. */
  public List<ProfileFindings.Finding> startupConflicts() {
    return startupConflicts.get();
  }

  private ProjectFile findProjectFile() {
    try {
      return new ProjectFile(new PinFinder(host).module(projectFolder()).flatMap(Pin::file), Optional.empty());
    } catch (GoreadyException unreadable) {
      return new ProjectFile(Optional.empty(), Optional.of(unreadable));
    }
  }

  public Host host() {
    return host;
  }

  public DoctorOptions options() {
    return options;
  }

  public HostKind kind() {
    return kind.get();
  }

  public Platform platform() {
    return platform.get();
  }

  public Optional<String> file(String path) {
    return host.readFile(Path.of(path));
  }

  public MountTable mounts() {
    return mounts.get();
  }

  /** /etc/wsl.conf inside the distro (empty when absent). */
  public IniFile wslConf() {
    return wslConf.get();
  }

  /** %USERPROFILE%\.wslconfig, found from either side (empty when absent or unreachable). */
  public IniFile wslConfig() {
    return wslConfig.get();
  }

  /** The Windows user's profile folder: on Windows itself, or as WSL mounts it (/mnt/c/Users/ann). */
  public Optional<Path> windowsProfile() {
    return windowsProfile.get();
  }

  public CommandResult run(String... argv) {
    return host.run(List.of(argv), options.timeout());
  }

  /** The variable from the process environment. */
  public Optional<String> env(String name) {
    return host.env(name).filter(v -> !v.isEmpty());
  }

  /** Every go (go.exe on Windows and, through interop, in WSL) on PATH, in PATH order. */
  public List<Path> goOnPath() {
    return goOnPath.get();
  }

  public Optional<GoEnvironment> goEnv() {
    return goEnv.get();
  }

  /**
   * The release index that install and list --remote cached (GOREADY_HOME/downloads/index.json), so
   * doctor judges Go versions without the network; parsed once however many checks ask.
   */
  public Optional<ReleaseIndex> cachedIndex() {
    return cachedIndex.get();
  }

  private Optional<ReleaseIndex> readCachedIndex() {
    return host.readFile(options.goreadyHome().resolve("downloads").resolve("index.json")).flatMap(json -> {
      try {
        return Optional.of(ReleaseIndex.parse(json, "cached index"));
      } catch (RuntimeException e) {
        return Optional.empty(); // a damaged cache is no index, not a crash
      }
    });
  }

  public List<String> pathEntries() {
    return host.pathEntries();
  }

  private List<Path> findGoOnPath() {
    List<String> names = switch (kind()) {
      case WINDOWS -> List.of("go.exe");
      case WSL1, WSL2 -> List.of("go", "go.exe");
      default -> List.of("go");
    };
    List<Path> found = new ArrayList<>();
    for (String entry : pathEntries()) {
      for (String name : names) {
        Path candidate = host.path(entry).resolve(name);
        if (host.exists(candidate)) {
          found.add(candidate);
        }
      }
    }
    return List.copyOf(found);
  }

  private Optional<GoEnvironment> readGoEnv() {
    return goEnvRun.get().filter(CommandResult::succeeded).flatMap(result -> GoEnvironment.parse(goOnPath().getFirst().toString(), result.stdoutText()));
  }

  /**
   * Why `go env -json` gave no environment, in go's own words where it said any ("go: cannot find GOROOT
   * directory: /usr/local/go"); empty when it answered, or there is no go.
   */
  public Optional<String> goEnvFailure() {
    if (goEnvRun.get().isEmpty() || goEnv().isPresent()) {
      return Optional.empty();
    }
    CommandResult result = goEnvRun.get().get();
    if (result.timedOut()) {
      return Optional.of("no answer within " + options.timeout().toMillis() + " ms");
    }
    String said = result.stderrText().strip().lines().findFirst().orElse("");
    return Optional.of(!said.isEmpty() ? said : result.succeeded() ? "its output is not go env's JSON" : "exit " + result.exit() + " without a message");
  }

  private Optional<Path> findWindowsProfile() {
    return WindowsProfile.locate(host, kind(), options.timeout());
  }
}
