package dev.goready.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** goready as a separate process: the packaged jar (or the launcher script) with a controlled environment. */
public final class GoreadyProcess {
  public static final Path REPO = Path.of("").toAbsolutePath();
  public static final Path JAR = REPO.resolve("target/goready.jar");

  private GoreadyProcess() {}

  public record Result(int exit, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  public static Process startJar(Map<String, String> env, String... args) throws IOException {
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException(JAR + " is missing: integration tests run after `mvn package` (mvn verify)");
    }
    List<String> argv = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
    argv.addAll(List.of(args));
    return start(argv, env);
  }

  public static Process start(List<String> argv, Map<String, String> env) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(argv).directory(REPO.toFile());
    builder.environment().keySet().removeIf(k -> k.startsWith("GOREADY_") || k.toLowerCase().endsWith("_proxy"));
    builder.environment().putAll(env);
    return builder.start();
  }

  public static Result finish(Process process, long timeoutSeconds) throws IOException, InterruptedException {
    var out = process.getInputStream();
    var err = process.getErrorStream();
    StringBuilder stdout = new StringBuilder();
    StringBuilder stderr = new StringBuilder();
    Thread readOut = Thread.ofVirtual().start(() -> stdout.append(read(out)));
    Thread readErr = Thread.ofVirtual().start(() -> stderr.append(read(err)));
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("goready did not finish within " + timeoutSeconds + " s");
    }
    readOut.join();
    readErr.join();
    return new Result(process.exitValue(), stdout.toString(), stderr.toString());
  }

  private static String read(java.io.InputStream in) {
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }
}
