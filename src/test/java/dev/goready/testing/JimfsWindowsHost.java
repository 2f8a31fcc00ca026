package dev.goready.testing;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.goready.host.CommandResult;
import dev.goready.host.DnsAnswer;
import dev.goready.host.Host;
import dev.goready.host.OsFamily;
import dev.goready.host.PathStatus;
import dev.goready.host.ProcessOutcome;
import dev.goready.host.ProcessSample;
import dev.goready.host.ProcessSpec;
import dev.goready.host.Registration;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/** A Windows machine on Linux: Windows path rules from Jimfs's Windows configuration, a registry in a map. */
public final class JimfsWindowsHost implements Host, AutoCloseable {
  private final FileSystem fs = Jimfs.newFileSystem(Configuration.windows().toBuilder().setRoots("C:\\", "D:\\").build());
  private final Map<String, String> env = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private final Map<String, String> registry = new HashMap<>();

  public JimfsWindowsHost(String user) {
    env.put("USERPROFILE", "C:\\Users\\" + user);
    env.put("LOCALAPPDATA", "C:\\Users\\" + user + "\\AppData\\Local");
    env.put("APPDATA", "C:\\Users\\" + user + "\\AppData\\Roaming");
    env.put("Path", "C:\\WINDOWS\\system32;C:\\WINDOWS");
  }

  public JimfsWindowsHost env(String name, String value) {
    env.put(name, value);
    return this;
  }

  public JimfsWindowsHost registry(String key, String name, String value) {
    registry.put(key + "\\" + name, value);
    return this;
  }

  @Override
  public OsFamily os() {
    return OsFamily.WINDOWS;
  }

  @Override
  public String osVersion() {
    return "10.0";
  }

  @Override
  public String jvmArch() {
    return "amd64";
  }

  @Override
  public Optional<String> env(String name) {
    return Optional.ofNullable(env.get(name));
  }

  @Override
  public Map<String, String> environment() {
    return Map.copyOf(env);
  }

  @Override
  public Path home() {
    return path(env.get("USERPROFILE"));
  }

  @Override
  public Path path(String text) {
    return fs.getPath(text);
  }

  @Override
  public Path cwd() {
    return home();
  }

  @Override
  public Optional<String> readFile(Path path) {
    try {
      return Files.isRegularFile(path) ? Optional.of(Files.readString(path)) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Optional<InputStream> openFile(Path path) {
    try {
      return Files.isRegularFile(path) ? Optional.of(Files.newInputStream(path)) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public boolean exists(Path path) {
    return Files.exists(path);
  }

  @Override
  public Path realPath(Path path) {
    return path;
  }

  @Override
  public List<String> list(Path dir) {
    return List.of();
  }

  @Override
  public Optional<PathStatus> pathStatus(Path path) {
    return Optional.empty();
  }

  @Override
  public Optional<DnsAnswer> resolve(String hostname, Duration timeout) {
    return Optional.empty();
  }

  @Override
  public CommandResult run(List<String> argv, Duration timeout) {
    return CommandResult.notFoundResult();
  }

  @Override
  public ProcessOutcome spawn(ProcessSpec spec, Consumer<ProcessSample> samples, Consumer<String> stdout, Consumer<String> stderr) {
    throw new UnsupportedOperationException("a file system in memory runs no programs: " + spec.argv().getFirst());
  }

  @Override
  public int attach(List<String> argv, Path dir, Map<String, String> env) {
    throw new UnsupportedOperationException("a file system in memory runs no programs: " + argv.getFirst());
  }

  @Override
  public Registration onInterrupt(Runnable action) {
    return () -> { };
  }

  @Override
  public Optional<Integer> windowsNativeMachine() {
    return Optional.of(0x8664);
  }

  @Override
  public Optional<String> registryValue(String key, String name) {
    return Optional.ofNullable(registry.get(key + "\\" + name));
  }

  @Override
  public boolean stderrIsTerminal() {
    return false;
  }

  @Override
  public void close() throws IOException {
    fs.close();
  }
}
