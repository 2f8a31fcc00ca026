package dev.goready.testing;

import dev.goready.host.CommandResult;
import dev.goready.host.Host;
import dev.goready.host.OsFamily;
import dev.goready.host.RealHost;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The real machine with a controlled environment: only the variables a test sets, plus PATH and HOME. */
public final class TestHost implements Host {
  private final RealHost real = new RealHost();
  private final Map<String, String> env = new HashMap<>();

  public TestHost() {
    real.env("PATH").ifPresent(v -> env.put("PATH", v));
    real.env("HOME").ifPresent(v -> env.put("HOME", v));
  }

  public TestHost with(String name, String value) {
    env.put(name, value);
    return this;
  }

  @Override
  public OsFamily os() {
    return real.os();
  }

  @Override
  public String jvmArch() {
    return real.jvmArch();
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
    return real.home();
  }

  @Override
  public Path path(String text) {
    return real.path(text);
  }

  @Override
  public Path cwd() {
    return Path.of(env.getOrDefault("TEST_CWD", real.cwd().toString()));
  }

  @Override
  public Optional<String> readFile(Path path) {
    return real.readFile(path);
  }

  @Override
  public CommandResult run(List<String> argv, Duration timeout) {
    return real.run(argv, timeout);
  }

  @Override
  public Optional<java.io.InputStream> openFile(Path path) {
    return real.openFile(path);
  }

  @Override
  public boolean exists(Path path) {
    return real.exists(path);
  }

  @Override
  public Path realPath(Path path) {
    return real.realPath(path);
  }

  @Override
  public List<String> list(Path dir) {
    return real.list(dir);
  }

  @Override
  public Optional<dev.goready.host.PathStatus> pathStatus(Path path) {
    return real.pathStatus(path);
  }

  @Override
  public Optional<dev.goready.host.DnsAnswer> resolve(String hostname, Duration timeout) {
    return real.resolve(hostname, timeout);
  }

  @Override
  public Optional<Integer> windowsNativeMachine() {
    return Optional.empty();
  }

  @Override
  public Optional<String> registryValue(String key, String name) {
    return Optional.empty();
  }

  @Override
  public boolean stderrIsTerminal() {
    return false;
  }
}
