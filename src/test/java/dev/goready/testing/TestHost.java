package dev.goready.testing;

import dev.goready.host.ForwardingHost;
import dev.goready.host.RealHost;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The real machine with a controlled environment: only the variables a test sets, plus PATH and HOME. */
public final class TestHost extends ForwardingHost {
  private final Map<String, String> env = new HashMap<>();

  public TestHost() {
    super(new RealHost());
    delegate.env("PATH").ifPresent(v -> env.put("PATH", v));
    delegate.env("HOME").ifPresent(v -> env.put("HOME", v));
  }

  public TestHost with(String name, String value) {
    env.put(name, value);
    return this;
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
  public Path cwd() {
    return Path.of(env.getOrDefault("TEST_CWD", delegate.cwd().toString()));
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
