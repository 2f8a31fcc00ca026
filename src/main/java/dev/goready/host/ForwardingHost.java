package dev.goready.host;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** A Host that passes every call to another; subclasses change only what they must (record it, narrow it). */
public abstract class ForwardingHost implements Host {
  protected final Host delegate;

  protected ForwardingHost(Host delegate) {
    this.delegate = delegate;
  }

  @Override
  public OsFamily os() {
    return delegate.os();
  }

  @Override
  public String osVersion() {
    return delegate.osVersion();
  }

  @Override
  public String jvmArch() {
    return delegate.jvmArch();
  }

  @Override
  public Optional<String> env(String name) {
    return delegate.env(name);
  }

  @Override
  public Map<String, String> environment() {
    return delegate.environment();
  }

  @Override
  public Path home() {
    return delegate.home();
  }

  @Override
  public Path path(String text) {
    return delegate.path(text);
  }

  @Override
  public Path cwd() {
    return delegate.cwd();
  }

  @Override
  public Optional<String> readFile(Path path) {
    return delegate.readFile(path);
  }

  @Override
  public Optional<InputStream> openFile(Path path) {
    return delegate.openFile(path);
  }

  @Override
  public java.time.Instant now() {
    return delegate.now();
  }

  @Override
  public boolean exists(Path path) {
    return delegate.exists(path);
  }

  @Override
  public Path realPath(Path path) {
    return delegate.realPath(path);
  }

  @Override
  public List<String> list(Path dir) {
    return delegate.list(dir);
  }

  @Override
  public Optional<PathStatus> pathStatus(Path path) {
    return delegate.pathStatus(path);
  }

  @Override
  public Optional<DnsAnswer> resolve(String hostname, Duration timeout) {
    return delegate.resolve(hostname, timeout);
  }

  @Override
  public Optional<HttpAnswer> http(HttpGet request) {
    return delegate.http(request);
  }

  @Override
  public CommandResult run(List<String> argv, Duration timeout) {
    return delegate.run(argv, timeout);
  }

  @Override
  public int attach(List<String> argv, Path dir, Map<String, String> env) {
    return delegate.attach(argv, dir, env);
  }

  @Override
  public ProcessOutcome spawn(ProcessSpec spec, Consumer<ProcessSample> samples, Consumer<String> stdout, Consumer<String> stderr) {
    return delegate.spawn(spec, samples, stdout, stderr);
  }

  @Override
  public Registration onInterrupt(Runnable action) {
    return delegate.onInterrupt(action);
  }

  @Override
  public Optional<Integer> windowsNativeMachine() {
    return delegate.windowsNativeMachine();
  }

  @Override
  public Optional<List<Long>> processesUsing(Path tree) {
    return delegate.processesUsing(tree);
  }

  @Override
  public Optional<UserEnvironment> userEnvironment() {
    return delegate.userEnvironment();
  }

  @Override
  public Optional<String> registryValue(String key, String name) {
    return delegate.registryValue(key, name);
  }

  @Override
  public boolean stderrIsTerminal() {
    return delegate.stderrIsTerminal();
  }
}
