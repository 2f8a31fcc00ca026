package dev.goready.app;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.host.Host;
import dev.goready.host.OsFamily;
import dev.goready.install.ToolchainStore;
import dev.goready.project.Pin;
import dev.goready.project.PinFinder;
import dev.goready.project.ToolchainChoice;
import dev.goready.release.GoVersionFile;
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
