package dev.goready.config;

import dev.goready.host.Host;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Hand-written lines of a startup file that matter to goready: a GOPATH, GOROOT or GOBIN set by hand,
 * and the conflicts among them — a GOROOT that is not goready's, another go put first on PATH after
 * goready's block. goready env reports and (with --fix-conflicts) comments them out; doctor reports
 * the same findings from the same code.
 */
public final class ProfileFindings {
  /**
   * One line worth saying. {@code line} is 0-based; a conflict undoes goready's go, and --fix-conflicts
   * comments it out.
   */
  public record Finding(Path file, int line, Kind kind, String message, boolean conflict) {}

  /** What the line does. */
  public enum Kind {
    /** Sets GOROOT. */
    GOROOT,
    /** Sets GOPATH or GOBIN. */
    GO_FOLDER,
    /** Puts another Go's bin first on PATH after goready's block. */
    FIRST_ON_PATH
  }

  /**
   * The first folder a line puts on PATH: PATH=/usr/local/go/bin:$PATH, fish_add_path ~/sdk/go1.21/bin,
   * set -gx PATH …, $env:PATH = "C:\\Go\\bin;…". One character class, no alternation under a repeat: a
   * hostile line thousands of characters long cannot make the matcher recurse.
   */
  private static final Pattern FIRST_ON_PATH = Pattern.compile(
      "(?:PATH=|fish_add_path\\s+(?:-\\S+\\s+)*|set\\s+-\\w*x\\w*\\s+PATH\\s+|\\$env:PATH\\s*=\\s*)[\"']?([^:;\"'\\s]+)");
  /** A Go's bin folder: …/go/bin, …/sdk/go1.21.0/bin. */
  // go/bin, go-1.19/bin (Debian), golang/bin (Fedora), sdk/go1.21.0/bin: holdsGo then checks a go is really there.
  private static final Pattern GO_BIN = Pattern.compile(".*[/\\\\](?:go[^/\\\\]*|sdk[/\\\\]go[^/\\\\]*)[/\\\\]bin");
  static final Pattern HAND_WRITTEN = Pattern.compile("^\\s*(export\\s+|set\\s+-\\w*x\\w*\\s+|\\$env:)?(GOPATH|GOROOT|GOBIN)\\b\\s*=?.*");

  private static final int MAX_PROFILE_BYTES = 1 << 20;

  private final Host host;
  private final Path goreadyHome;

  public ProfileFindings(Host host, Path goreadyHome) {
    this.host = host;
    this.goreadyHome = goreadyHome;
  }

  /** What a line outside goready's block sets NAME to, the first such line. */
  static Optional<String> handSet(String text, String name) {
    boolean inBlock = false;
    for (String raw : text.split("\n")) {
      String line = raw.replaceFirst("\r$", "");
      inBlock = inBlock ? !line.startsWith(ManagedBlock.END) : line.startsWith(ManagedBlock.BEGIN);
      java.util.regex.Matcher m = HAND_WRITTEN.matcher(line);
      if (!inBlock && !line.strip().startsWith("#") && m.matches() && m.group(2).equals(name)) {
        return Optional.of(value(line)).filter(v -> !v.isEmpty());
      }
    }
    return Optional.empty();
  }

  /**
   * The conflicts in the startup files of every shell that runs here — the files goready env writes its
   * block to, and those read after them — as env would report them; read through the Host, so a replayed
   * snapshot answers too.
   */
  public List<Finding> conflictsInStartupFiles() {
    EnvLayout layout = EnvLayout.of(host, goreadyHome, List.of(goreadyHome.resolve("current").resolve("bin").toString()));
    List<Finding> conflicts = new ArrayList<>();
    java.util.Set<Path> seen = new java.util.HashSet<>();
    for (Shell shell : Shells.ALL) {
      if (!shell.runsOn(host.os())) {
        continue;
      }
      for (Path file : shell.startupFiles(layout)) {
        text(file).filter(t -> seen.add(file)).ifPresent(t -> in(file, t, false).stream().filter(Finding::conflict).forEach(conflicts::add));
      }
      for (Path file : shell.laterFiles(layout)) {
        text(file).filter(t -> seen.add(file)).ifPresent(t -> in(file, t, true).stream().filter(Finding::conflict).forEach(conflicts::add));
      }
    }
    return conflicts;
  }

  /** A startup file's text (BOM, UTF-16 and CRLF as TextFormat reads them); nothing past a size no profile has. */
  private Optional<String> text(Path file) {
    return host.openFile(file).flatMap(in -> {
      try (java.io.InputStream stream = in) {
        return Optional.of(TextFormat.decode(stream.readNBytes(MAX_PROFILE_BYTES), "\n").text());
      } catch (java.io.IOException unreadable) {
        return Optional.empty();
      }
    });
  }

  /**
   * GOPATH/GOROOT/GOBIN set by hand outside goready's block: reported, never duplicated or removed. A
   * line after the block that puts another Go's bin first on PATH is reported too: that go would run.
   * In a file read after goready's ({@code readAfterTheBlock}) every line is after the block.
   */
  public List<Finding> in(Path file, String text, boolean readAfterTheBlock) {
    List<Finding> found = new ArrayList<>();
    String[] lines = text.split("\n");
    int blockLine = readAfterTheBlock ? -1 : ManagedBlock.find(text, file.toString()).map(span -> lineOf(text, span.start()))
        .orElse(lineOf(text, BlockPlacement.of(text)));
    boolean inBlock = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].replaceFirst("\r$", ""); // a CRLF profile's lines are the same settings
      inBlock = inBlock ? !line.startsWith(ManagedBlock.END) : line.startsWith(ManagedBlock.BEGIN);
      if (inBlock || line.strip().startsWith("#")) {
        continue;
      }
      java.util.regex.Matcher m = HAND_WRITTEN.matcher(line);
      if (m.matches() && m.group(2).equals("GOROOT")) {
        Optional<String> problem = gorootProblem(value(line));
        found.add(new Finding(file, i, Kind.GOROOT, file + ":" + (i + 1) + " sets GOROOT itself (" + line.strip() + "): "
            + problem.orElse(LEFT_AS_SET), problem.isPresent()));
      } else if (m.matches()) {
        found.add(new Finding(file, i, Kind.GO_FOLDER, file + ":" + (i + 1) + " sets " + m.group(2) + " itself (" + line.strip() + "); " + LEFT_AS_SET, false));
      }
      java.util.regex.Matcher first = FIRST_ON_PATH.matcher(line);
      if (i > blockLine && first.find() && GO_BIN.matcher(first.group(1)).matches() && holdsGo(first.group(1))) {
        found.add(new Finding(file, i, Kind.FIRST_ON_PATH, file + ":" + (i + 1) + " puts " + first.group(1) + " first on PATH after goready's block (" + line.strip()
            + "): the go there runs instead of goready's; remove the line, or move it above the block", true));
      }
    }
    return found;
  }

  static final String LEFT_AS_SET = "shells that read it override Go's env file, so goready leaves it and adds no second one";


  /** Whether a folder named in a profile (~ and $HOME expanded) holds a go: only then does its place on PATH matter. */
  private boolean holdsGo(String dir) {
    return folder(dir).map(folder -> host.exists(folder.resolve("go")) || host.exists(folder.resolve("go.exe"))).orElse(false);
  }

  /**
   * What a GOROOT a profile sets does to goready's go: a folder without a Go makes every go command
   * fail ("cannot find GOROOT directory"), another Go's folder mixes two toolchains; one of goready's
   * own does nothing wrong (empty).
   */
  private Optional<String> gorootProblem(String value) {
    Optional<Path> root = folder(value);
    if (root.isEmpty() || !(host.exists(root.get().resolve("bin").resolve("go")) || host.exists(root.get().resolve("bin").resolve("go.exe")))) {
      return Optional.of("no Go is there, so every go command fails with \"cannot find GOROOT directory\"; remove the line (go finds its own GOROOT)");
    }
    if (root.get().normalize().startsWith(goreadyHome.normalize())) {
      return Optional.empty();
    }
    return Optional.of("that is another Go, so goready's go would build with its standard library (two toolchains mixed); remove the line (go finds its own GOROOT)");
  }

  /** The value a profile line assigns ("export GOROOT=…", "set -gx GOROOT …", "$env:GOROOT = …"), unquoted. */
  private static String value(String line) {
    return line.replaceFirst("^\\s*(export\\s+|set\\s+-\\w*x\\w*\\s+|\\$env:)?\\w+\\s*=?\\s*", "").strip().replaceAll("^[\"']|[\"']$", "");
  }

  /** A folder a profile names, ~ and $HOME expanded; empty when it cannot be a path here. */
  Optional<Path> folder(String dir) {
    String home = GoEnvFile.homeOf(host).toString();
    String expanded = dir.replaceFirst("^(~|\\$HOME|\\$\\{HOME\\})(?=[/\\\\]|$)", java.util.regex.Matcher.quoteReplacement(home));
    try {
      return Optional.of(host.path(expanded));
    } catch (RuntimeException notAPath) {
      return Optional.empty();
    }
  }

  /** The 0-based line that {@code index} falls on. */
  private static int lineOf(String text, int index) {
    return (int) text.substring(0, Math.min(index, text.length())).chars().filter(c -> c == '\n').count();
  }
}
