package dev.goready.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.TerminalText;
import dev.goready.soak.SoakCompare;
import dev.goready.soak.SoakOptions;
import dev.goready.soak.SoakRunner;
import dev.goready.soak.SoakState;
import dev.goready.soak.Thresholds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "soak",
    mixinStandardHelpOptions = true,
    header = "Build and test a Go project for hours, and report how it held up.",
    description = {
      "Build and test a Go project again and again, sample resources, judge thresholds, and write",
      "cycles.csv, samples.csv, gzip event segments, summary.json and a self-contained report.html.",
      "Exit 0 when every judged threshold holds, 1 otherwise."
    },
    subcommands = SoakCommand.Compare.class)
final class SoakCommand implements Callable<Integer> {
  private static final Pattern DURATION_PART = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");
  private static final Pattern SIZE = Pattern.compile("(\\d{1,12})([kmg]?)");

  @ParentCommand GoreadyCommand parent;

  @Option(names = "--project", paramLabel = "DIR", defaultValue = ".", description = "The Go project (default: here).")
  Path project;

  @Option(names = "--duration", paramLabel = "TIME", description = "How long: 72h, 90m, 1h30m.")
  String duration;

  @Option(names = "--cycles", paramLabel = "N", description = "How many cycles (instead of, or with, --duration).")
  Integer cycles;

  @Option(names = "--interval", paramLabel = "TIME", defaultValue = "90s", description = "Pause between cycles (default 90s).")
  String interval;

  @Option(names = "--build", paramLabel = "COMMAND", defaultValue = "go build ./...", description = "Build step (default: go build ./...).")
  String build;

  @Option(names = "--test", paramLabel = "COMMAND", defaultValue = "go test -count=1 ./...", description = "Test step; goready adds -json (default: go test -count=1 ./...).")
  String test;

  @Option(names = "--race", description = "Add -race to the tests.")
  boolean race;

  @Option(names = "--out", paramLabel = "DIR", description = "Where results go (default: soak-<timestamp>).")
  Path out;

  @Option(names = "--thresholds", paramLabel = "FILE", description = "JSON {\"<threshold>\": limit, …} overriding the defaults.")
  Path thresholds;

  @Option(names = "--resume", paramLabel = "DIR", description = "Continue the soak saved in DIR after a crash, kill or reboot, with the options it was started with.")
  Path resume;

  @Option(names = "--step-timeout", paramLabel = "TIME", defaultValue = "30m", description = "Kill a build or test step (its whole process tree) after this long (default 30m).")
  String stepTimeout;

  @Option(names = "--sample-interval", paramLabel = "TIME", defaultValue = "1s", description = "How often resources are sampled (default 1s).")
  String sampleInterval;

  @Option(names = "--min-free", paramLabel = "SIZE", defaultValue = "256m",
      description = "Stop cleanly, report written, when the disk the results go to has less free space than this (default 256m; k, m, g).")
  String minFree;

  @Option(names = "--override", description = "With --resume: the options given here replace the saved ones for the rest of the run; the change is recorded in state.json.")
  boolean override;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Context context = parent.context();
    if (cycles != null && cycles <= 0) {
      throw new GoreadyException(ExitCode.USAGE, "--cycles " + cycles + " is not a positive number of cycles", "for example --cycles 20 for a quick check");
    }
    if (resume == null && override) {
      throw new GoreadyException(ExitCode.USAGE, "--override changes the options of a soak given with --resume", "goready soak --resume DIR --override --cycles 200");
    }
    if (duration == null && cycles == null && resume == null) {
      throw new GoreadyException(ExitCode.USAGE, "give --duration or --cycles", "for example goready soak --duration 72h, or --cycles 20 for a quick check");
    }
    Optional<SoakState> resumed = Optional.ofNullable(resume).map(SoakState::read).map(this::merged);
    SoakOptions options = resumed.map(SoakState::options).orElseGet(this::given);
    if (!Files.isRegularFile(options.project().resolve("go.mod"))) {
      throw new GoreadyException(ExitCode.USAGE, "no go.mod in " + options.project(), "point --project at a Go module");
    }
    refuseWithoutGo(context, options);
    Path dir = resume != null ? resume : out != null ? out
        : Path.of("soak-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
    context.err().printf("goready: soak of %s into %s; goready's own heap is capped at %d MB%n", TerminalText.escape(options.project().toString()),
        TerminalText.escape(dir.toAbsolutePath().toString()), SoakRunner.heapCapMb());
    // Told from inside the runner: after Ctrl-C the JVM exits as soon as the runner lets go.
    SoakRunner.Finished finished = new SoakRunner(context.host(), options, dir, context.err(), context.host().stderrIsTerminal())
        .run(resumed, done -> tell(context, dir, done));
    return finished.analysis().ok() ? ExitCode.OK.code() : ExitCode.CHECK_FAILED.code();
  }

  private static String cycles(int n) {
    return n == 1 ? "1 cycle" : n + " cycles";
  }

  private static void tell(Context context, Path dir, SoakRunner.Finished finished) {
    var a = finished.analysis();
    context.out().printf("%s, %d failed, %d flaky tests; %s%n", cycles(a.cycles()), a.failedCycles(), a.flaky().size(), a.ok() ? "all judged thresholds hold" : "thresholds broken");
    a.reasons().forEach(reason -> context.out().println("  " + reason));
    context.out().println("report: " + TerminalText.escape(dir.resolve("report.html").toAbsolutePath().toString()));
    if (!finished.stopReason().equals("done")) {
      context.err().println("goready: soak " + TerminalText.escape(finished.stopReason()) + "; the report covers the " + (a.cycles() == 1 ? "one finished cycle" : a.cycles() + " finished cycles"));
    }
    context.out().flush();
    context.err().flush();
  }

  /** Steps that run "go" need one on PATH; without it every cycle would fail for a reason that is not the project's. */
  private static void refuseWithoutGo(Context context, SoakOptions options) {
    boolean runsGo = java.util.stream.Stream.of(options.build(), options.test()).anyMatch(step -> !step.isEmpty() && step.getFirst().equals("go"));
    String go = context.host().os() == dev.goready.host.OsFamily.WINDOWS ? "go.exe" : "go";
    if (runsGo && !context.host().onPath(go)) {
      throw new GoreadyException(ExitCode.LOCAL, "no " + go + " on PATH for the soak's build and test steps",
          "put a Go on PATH (goready install, then goready env), or run the soak as goready exec -- goready soak …");
    }
  }

  /** The options as given on this command line, defaults for the rest. */
  private SoakOptions given() {
    return new SoakOptions(project.toAbsolutePath().normalize(), Optional.ofNullable(duration).map(d -> duration("--duration", d)),
        Optional.ofNullable(cycles), duration("--interval", interval), SoakOptions.words(build), SoakOptions.words(test), race,
        duration("--step-timeout", stepTimeout), duration("--sample-interval", sampleInterval), limits(), bytes("--min-free", minFree));
  }

  /**
   * A resumed soak runs with the options it was started with. An option given again with another
   * value is refused unless --override, which records the change: a 72-hour validation whose
   * settings changed half-way must say so.
   */
  private SoakState merged(SoakState saved) {
    SoakOptions was = saved.options();
    SoakOptions now = given();
    var changes = new java.util.ArrayList<String>();
    var pick = new Object() {
      <T> T of(String option, T stored, T here) {
        if (!spec.commandLine().getParseResult().hasMatchedOption(option) || stored.equals(here)) {
          return stored;
        }
        changes.add(option + " " + shown(stored) + " → " + shown(here));
        return here;
      }
    };
    Path where = spec.commandLine().getParseResult().hasMatchedOption("--project") ? now.project() : was.project();
    SoakOptions options = new SoakOptions(where, pick.of("--duration", was.duration(), now.duration()), pick.of("--cycles", was.cycles(), now.cycles()),
        pick.of("--interval", was.interval(), now.interval()), pick.of("--build", was.build(), now.build()), pick.of("--test", was.test(), now.test()),
        pick.of("--race", was.race(), now.race()), pick.of("--step-timeout", was.stepTimeout(), now.stepTimeout()),
        pick.of("--sample-interval", was.sampleInterval(), now.sampleInterval()), pick.of("--thresholds", was.thresholds(), now.thresholds()),
        pick.of("--min-free", was.minFreeBytes(), now.minFreeBytes()));
    if (changes.isEmpty()) {
      return new SoakState(saved.project(), saved.module(), saved.startedEpochMillis(), options, saved.overrides());
    }
    if (!override) {
      throw new GoreadyException(ExitCode.USAGE, "the soak in " + resume + " was started with other options: " + String.join(", ", changes),
          "resume without them to keep the saved ones, or add --override to change them for the rest of the run (recorded in state.json)");
    }
    return saved.withOptions(options, java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + ": " + String.join(", ", changes));
  }

  /** An option's value as a user would have typed it: 90s, not PT1M30S; "unset", not Optional.empty. */
  private static String shown(Object value) {
    return switch (value) {
      case Optional<?> o -> o.map(SoakCommand::shown).orElse("unset");
      case Duration d -> d.toString().substring(2).toLowerCase(java.util.Locale.ROOT);
      case java.util.List<?> words -> "\"" + words.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(" ")) + "\"";
      default -> String.valueOf(value);
    };
  }

  private Map<String, Double> limits() {
    Map<String, Double> limits = new LinkedHashMap<>();
    if (thresholds == null) {
      return limits;
    }
    try {
      new ObjectMapper().readTree(Files.readAllBytes(thresholds)).properties().forEach(e -> {
        if (!Thresholds.defaults().containsKey(e.getKey())) {
          throw new GoreadyException(ExitCode.USAGE, thresholds + ": unknown threshold '" + e.getKey() + "'", "thresholds: " + String.join(", ", Thresholds.defaults().keySet()));
        }
        limits.put(e.getKey(), e.getValue().asDouble());
      });
    } catch (IOException e) {
      throw new GoreadyException(ExitCode.USAGE, "cannot read --thresholds " + thresholds + ": " + e.getMessage(), "a JSON object such as {\"gc-pause-p99\": 20}");
    }
    return limits;
  }

  /** "256m", "2g", "500k", "1048576": bytes. */
  static long bytes(String option, String text) {
    Matcher m = SIZE.matcher(text.strip().toLowerCase(java.util.Locale.ROOT));
    if (!m.matches()) {
      throw new GoreadyException(ExitCode.USAGE, option + " " + text + " is not a size", "for example 256m, 2g or 500k");
    }
    long unit = switch (m.group(2)) {
      case "k" -> 1L << 10;
      case "m" -> 1L << 20;
      case "g" -> 1L << 30;
      default -> 1;
    };
    try {
      return Math.multiplyExact(Long.parseLong(m.group(1)), unit);
    } catch (ArithmeticException tooLarge) {
      throw new GoreadyException(ExitCode.USAGE, option + " " + text + " is larger than any disk", "for example 256m, 2g or 500k");
    }
  }

  /** "72h", "90s", "1h30m", "500ms". */
  static Duration duration(String option, String text) {
    Matcher m = DURATION_PART.matcher(text.strip());
    Duration total = Duration.ZERO;
    int end = 0;
    while (m.find() && m.start() == end) {
      long n = Long.parseLong(m.group(1));
      total = total.plus(switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(n);
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofDays(n);
      });
      end = m.end();
    }
    if (end == 0 || end != text.strip().length()) {
      throw new GoreadyException(ExitCode.USAGE, option + " " + text + " is not a duration", "for example 72h, 90m, 1h30m, 90s");
    }
    return total;
  }

  @Command(name = "compare", mixinStandardHelpOptions = true, description = "Compare two soaks: tests whose outcome differs, metrics side by side; exit 1 when outcomes differ.")
  static final class Compare implements Callable<Integer> {
    @ParentCommand SoakCommand soak;

    @Parameters(index = "0", paramLabel = "DIR_A", description = "The first soak's results folder (its --out).")
    Path a;

    @Parameters(index = "1", paramLabel = "DIR_B", description = "The soak to compare with it, for example the same project on another machine.")
    Path b;

    @Override
    public Integer call() {
      return SoakCompare.compare(a, b, soak.parent.context().out(), soak.parent.context().err()) ? ExitCode.OK.code() : ExitCode.CHECK_FAILED.code();
    }
  }
}
