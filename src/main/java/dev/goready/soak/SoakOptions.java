package dev.goready.soak;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** How a soak runs; saved in its state so --resume continues with the same settings. */
public record SoakOptions(
    Path project,
    Optional<Duration> duration,
    Optional<Integer> cycles,
    Duration interval,
    List<String> build,
    List<String> test,
    boolean race,
    Duration stepTimeout,
    Duration sampleInterval,
    Map<String, Double> thresholds) {

  /** The test command with -json (and -race) added right after "test", as goready runs it. */
  public List<String> testCommand() {
    List<String> argv = new java.util.ArrayList<>(test);
    int at = argv.indexOf("test");
    int insert = at < 0 ? argv.size() : at + 1;
    if (race && !argv.contains("-race")) {
      argv.add(insert, "-race");
    }
    if (!argv.contains("-json")) {
      argv.add(insert, "-json");
    }
    return argv;
  }

  /** "go build ./..." → [go, build, ./...]; double quotes group words. */
  public static List<String> words(String command) {
    List<String> words = new java.util.ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(command);
    while (m.find()) {
      words.add(m.group(1) != null ? m.group(1) : m.group(2));
    }
    return words;
  }
}
