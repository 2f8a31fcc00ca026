package dev.goready.app;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.config.GoEnvFile;
import dev.goready.config.Setting;
import dev.goready.host.Host;
import dev.goready.host.OsFamily;
import dev.goready.install.ToolchainStore;
import dev.goready.project.Pin;
import dev.goready.project.PinFinder;
import dev.goready.project.StaleTools;
import dev.goready.project.ToolchainChoice;
import dev.goready.release.GoVersion;
import dev.goready.release.GoVersionFile;
import dev.goready.release.Selector;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * goready current, which and exec: the Go a folder pins (or a version given on the command line),
 * answered from the toolchains on disk, with no network and nothing switched user-wide.
 */
public final class ProjectService {
  private final Composition parts;

  ProjectService(Composition parts) {
    this.parts = parts;
  }

  /** The toolchain for {@code folder}, or for {@code version} when one is given (as .go-version would name it). */
  public ToolchainChoice choose(Path folder, Optional<String> version) throws IOException {
    Optional<Pin> pin = version.isPresent()
        ? Optional.of(new Pin(GoVersionFile.selector(version.get(), "the command line"), "the command line", Optional.empty()))
        : new PinFinder(parts.host()).find(folder);
    ToolchainStore store = parts.store();
    return ToolchainChoice.of(pin, store.installed(), store.active());
  }

  /**
   * When the toolchain chosen is older than what the folder's go.work or go.mod asks for, the go command
   * itself switches (GOTOOLCHAIN=auto, its default) and downloads the newer one behind the user's back:
   * said here, so current and exec can warn. Empty when GOTOOLCHAIN keeps go local or nothing is newer.
   */
  public Optional<String> goWouldSwitch(Path folder, String chosen) {
    Optional<Pin> module;
    try {
      module = new PinFinder(parts.host()).module(folder);
    } catch (GoreadyException unreadable) {
      return Optional.empty(); // the go command will say what is wrong with its own file
    }
    Optional<GoVersion> running = GoVersion.parse(chosen);
    Optional<GoVersion> wanted = module.map(Pin::selector).flatMap(ProjectService::requirement);
    if (running.isEmpty() || wanted.isEmpty() || running.get().compareTo(wanted.get()) >= 0 || !switches(goToolchainSetting())) {
      return Optional.empty();
    }
    return Optional.of(chosen + " is older than the " + wanted.get() + " that " + module.get().origin() + " asks for: with GOTOOLCHAIN="
        + goToolchainSetting().orElse("auto (the default)") + " the go command switches to " + wanted.get()
        + " and downloads it; set GOTOOLCHAIN=local to keep " + chosen);
  }

  private static Optional<GoVersion> requirement(Selector selector) {
    return switch (selector) {
      case Selector.Exact exact -> Optional.of(exact.version());
      case Selector.AtLeast min -> Optional.of(min.version());
      default -> Optional.empty();
    };
  }

  /** GOTOOLCHAIN as the go command reads it: the environment first, then Go's env file. */
  private Optional<String> goToolchainSetting() {
    return goSetting("GOTOOLCHAIN");
  }

  private Optional<String> goSetting(String name) {
    Host host = parts.host();
    return host.env(name).filter(v -> !v.isBlank())
        .or(() -> GoEnvFile.location(host).flatMap(host::readFile).map(GoEnvFile::parse).map(env -> env.get(name)).filter(v -> !v.isBlank()));
  }

  /** Tools in GOBIN (GOBIN, else GOPATH's first entry /bin, else ~/go/bin) that a switch to {@code version} leaves built by an older Go. */
  public List<StaleTools.Stale> staleTools(String version) {
    Host host = parts.host();
    Optional<GoVersion> running = GoVersion.parse(version);
    if (running.isEmpty()) {
      return List.of();
    }
    Path gobin = goSetting("GOBIN").map(host::path)
        .orElseGet(() -> goSetting("GOPATH").map(p -> host.path(p.split(java.util.regex.Pattern.quote(host.listSeparator()))[0]))
            .orElse(host.home().resolve("go")).resolve("bin"));
    return StaleTools.in(host, gobin, running.get());
  }

  /** auto, local+auto and goX+auto switch to a newer toolchain; local, path and a forced version do not download one. */
  private static boolean switches(Optional<String> setting) {
    return setting.map(String::strip).map(v -> v.equals("auto") || v.endsWith("+auto")).orElse(true);
  }

  /** The chosen toolchain, or a local-environment error saying how to install what the pin asks for. */
  public static ToolchainChoice.Found required(ToolchainChoice choice) {
    return switch (choice) {
      case ToolchainChoice.Found found -> found;
      case ToolchainChoice.Missing missing -> throw new GoreadyException(ExitCode.LOCAL,
          missing.pinned().origin() + " asks for go " + missing.pinned().selector() + ", which is not installed",
          "run goready install " + missing.install() + " (GOREADY_AUTO_INSTALL=1 lets the shell hook do it)");
      case ToolchainChoice.Nothing nothing -> throw new GoreadyException(ExitCode.LOCAL, "no Go toolchain is installed or pinned here",
          "run goready install, or goready install VERSION");
    };
  }

  /** GOREADY_AUTO_INSTALL=1 (or auto-install in config.json): a missing pin is installed before exec runs. */
  public boolean autoInstall() {
    return parts.settings().resolve(Setting.AUTO_INSTALL).map(r -> r.value().strip().equals("1")).orElse(false);
  }

  /** The program {@code tool} (go, gofmt) of an installed toolchain. */
  public Path tool(String version, String tool) {
    String name = parts.host().os() == OsFamily.WINDOWS && !tool.contains(".") ? tool + ".exe" : tool;
    return parts.store().toolchain(version).resolve("bin").resolve(name);
  }

  /**
   * Runs {@code command} in {@code dir} with the toolchain's bin first on PATH and GOROOT set to it
   * (a GOROOT left over from another toolchain would make its go mix two standard libraries).
   */
  public int exec(ToolchainChoice.Found toolchain, List<String> command, Path dir) {
    Host host = parts.host();
    Map<String, String> env = new LinkedHashMap<>(host.environment());
    Path root = parts.store().toolchain(toolchain.version());
    String pathKey = env.keySet().stream().filter(k -> k.equalsIgnoreCase("PATH")).findFirst().orElse("PATH");
    String path = env.getOrDefault(pathKey, "");
    String bin = root.resolve("bin").toString();
    env.put(pathKey, path.isEmpty() ? bin : bin + host.listSeparator() + path);
    env.put("GOROOT", root.toString());
    return host.attach(command, dir, env);
  }
}
