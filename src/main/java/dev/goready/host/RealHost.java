package dev.goready.host;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** The live machine. */
public final class RealHost implements Host {
  private final OsFamily os = OsFamily.fromOsName(System.getProperty("os.name", "linux"));
  private final Map<String, String> environment = environmentFor(os, System.getenv());

  /** Windows reads variable names case-insensitively; everywhere else they are exact. */
  static Map<String, String> environmentFor(OsFamily os, Map<String, String> raw) {
    if (os != OsFamily.WINDOWS) {
      return Map.copyOf(raw);
    }
    Map<String, String> insensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    insensitive.putAll(raw);
    return insensitive;
  }

  @Override
  public OsFamily os() {
    return os;
  }

  @Override
  public String osVersion() {
    return System.getProperty("os.version");
  }

  @Override
  public String jvmArch() {
    return System.getProperty("os.arch", "");
  }

  @Override
  public Optional<String> env(String name) {
    return Optional.ofNullable(environment.get(name));
  }

  @Override
  public Map<String, String> environment() {
    return environment;
  }

  /**
   * $HOME (%USERPROFILE% on Windows) when it is an absolute path, as shells and the go command see it;
   * the JVM's user.home comes from the password database and differs when HOME is changed (CI, sudo -E, tests).
   */
  @Override
  public Path home() {
    String variable = environment.get(os == OsFamily.WINDOWS ? "USERPROFILE" : "HOME");
    if (variable != null && !variable.isBlank() && Path.of(variable).isAbsolute()) {
      return Path.of(variable);
    }
    return Path.of(System.getProperty("user.home"));
  }

  @Override
  public Path path(String text) {
    return Path.of(text);
  }

  @Override
  public Path cwd() {
    return Path.of("").toAbsolutePath();
  }

  @Override
  public Optional<String> readFile(Path path) {
    if (!Files.isRegularFile(path) && !path.startsWith("/proc")) {
      return Optional.empty(); // /proc files report as regular, but a FIFO or device must never be read
    }
    try (InputStream in = Files.newInputStream(path)) {
      return Optional.of(TextFiles.read(in));
    } catch (NoSuchFileException e) {
      return Optional.empty();
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
    return Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS);
  }

  @Override
  public Path realPath(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path;
    }
  }

  @Override
  public List<String> list(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (var children = Files.list(dir)) {
      return children.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  @Override
  public Optional<PathStatus> pathStatus(Path path) {
    Path existing = path.toAbsolutePath();
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent(); // a cache not created yet will be created in its parent
    }
    if (existing == null) {
      return Optional.empty();
    }
    try {
      var store = Files.getFileStore(existing);
      return Optional.of(new PathStatus(store.getUsableSpace(), Files.isWritable(existing)));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  @Override
  public Optional<DnsAnswer> resolve(String hostname, Duration timeout) {
    CompletableFuture<DnsAnswer> answer = new CompletableFuture<>();
    Thread.ofVirtual().start(() -> {
      try {
        answer.complete(DnsAnswer.of(java.util.Arrays.stream(java.net.InetAddress.getAllByName(hostname)).map(java.net.InetAddress::getHostAddress).toList()));
      } catch (java.net.UnknownHostException e) {
        answer.complete(DnsAnswer.failed("does not resolve"));
      }
    });
    try {
      return Optional.of(answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
    } catch (java.util.concurrent.TimeoutException e) {
      return Optional.of(DnsAnswer.failed("no answer within " + timeout.toMillis() + " ms"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of(DnsAnswer.failed("interrupted"));
    } catch (ExecutionException e) {
      return Optional.of(DnsAnswer.failed(String.valueOf(e.getCause())));
    }
  }

  @Override
  public CommandResult run(List<String> argv, Duration timeout) {
    Process process;
    try {
      process = new ProcessBuilder(argv).redirectInput(ProcessBuilder.Redirect.from(nullDevice())).start();
    } catch (IOException e) {
      return CommandResult.notFoundResult();
    }
    CompletableFuture<byte[]> stdout = drain(process.getInputStream());
    CompletableFuture<byte[]> stderr = drain(process.getErrorStream());
    try {
      boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (!finished) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
      }
      return new CommandResult(
          finished ? process.exitValue() : -1,
          stdout.get(1, TimeUnit.SECONDS),
          stderr.get(1, TimeUnit.SECONDS),
          !finished,
          false);
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      return new CommandResult(-1, new byte[0], new byte[0], true, false);
    } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
      // The process ended but a grandchild still holds its pipes open: report what we know.
      return new CommandResult(process.exitValue(), new byte[0], new byte[0], false, false);
    }
  }

  @Override
  public ProcessOutcome spawn(ProcessSpec spec, Consumer<ProcessSample> samples, Consumer<String> stdout, Consumer<String> stderr) {
    return StreamingProcess.run(spec, nullDevice(), samples, stdout, stderr);
  }

  @Override
  public int attach(List<String> argv, Path dir, Map<String, String> env) {
    List<String> command = new java.util.ArrayList<>(argv);
    command.set(0, program(argv.getFirst(), env).toString());
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).inheritIO();
    builder.environment().clear();
    builder.environment().putAll(env);
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new GoreadyException(ExitCode.USAGE, "cannot start " + argv.getFirst() + ": " + e.getMessage(), "check the command's name and that it is executable");
    }
    // Ctrl-C reaches the program too (same terminal); goready's exit waits for it to finish its own clean-up.
    try (Registration waiting = onInterrupt(() -> waitFor(process, Duration.ofSeconds(30)))) {
      return process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroy();
      return 130;
    }
  }

  /** A bare name is looked up on the child's PATH (with PATHEXT on Windows), not goready's own: exec changes PATH. */
  private Path program(String name, Map<String, String> env) {
    if (name.contains("/") || name.contains("\\")) {
      return Path.of(name);
    }
    String separator = os == OsFamily.WINDOWS ? ";" : ":";
    List<String> suffixes = os == OsFamily.WINDOWS
        ? java.util.Arrays.asList(env.getOrDefault("PATHEXT", ".COM;.EXE;.BAT;.CMD").toLowerCase(java.util.Locale.ROOT).split(";"))
        : List.of("");
    for (String dir : env.getOrDefault(os == OsFamily.WINDOWS ? env.keySet().stream().filter("PATH"::equalsIgnoreCase).findFirst().orElse("PATH") : "PATH", "").split(separator)) {
      for (String suffix : suffixes) {
        Path candidate = Path.of(dir.isEmpty() ? "." : dir).resolve(name + suffix);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return candidate;
        }
      }
    }
    throw new GoreadyException(ExitCode.USAGE, "cannot start " + name + ": it is not on the PATH the command gets", "give the program's full path, or check its name");
  }

  private static void waitFor(Process process, Duration limit) {
    try {
      process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public Registration onInterrupt(Runnable action) {
    Thread hook = new Thread(action);
    Runtime.getRuntime().addShutdownHook(hook);
    return () -> {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the JVM is already exiting after Ctrl-C: the hook is running and its action returns on its own
      }
    };
  }

  private java.io.File nullDevice() {
    return new java.io.File(os == OsFamily.WINDOWS ? "NUL" : "/dev/null");
  }

  private static CompletableFuture<byte[]> drain(InputStream in) {
    CompletableFuture<byte[]> result = new CompletableFuture<>();
    Thread.ofVirtual()
        .start(
            () -> {
              try (in) {
                result.complete(in.readAllBytes());
              } catch (IOException e) {
                result.completeExceptionally(e);
              }
            });
    return result;
  }

  @Override
  public Optional<Integer> windowsNativeMachine() {
    return os == OsFamily.WINDOWS ? WindowsNativeMachine.query() : Optional.empty();
  }

  @Override
  public Optional<List<Long>> processesUsing(Path tree) {
    return TreeUsers.of(Path.of("/proc"), tree).map(uses -> uses.stream().map(TreeUsers.Use::pid).distinct().toList());
  }

  @Override
  public Optional<UserEnvironment> userEnvironment() {
    return os.windowsConventions() ? Optional.of(new WindowsUserEnvironment()) : Optional.empty();
  }

  @Override
  public Optional<String> registryValue(String key, String name) {
    if (os != OsFamily.WINDOWS) {
      return Optional.empty();
    }
    CommandResult result = run(List.of("reg", "query", key, "/v", name), Duration.ofSeconds(5));
    return result.succeeded() ? RegQueryOutput.value(result.stdoutText(), name) : Optional.empty();
  }

  @Override
  public boolean stderrIsTerminal() {
    // The launchers test the real stderr ([ -t 2 ]); System.console() only knows about stdin/stdout.
    String fromLauncher = System.getProperty("goready.stderr.tty");
    return fromLauncher != null ? Boolean.parseBoolean(fromLauncher) : System.console() != null;
  }
}
