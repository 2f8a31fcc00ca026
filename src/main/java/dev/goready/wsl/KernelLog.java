package dev.goready.wsl;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Classifies kernel log lines (dmesg with or without timestamps, journalctl's short format). */
public final class KernelLog {
  static final int EXAMPLES = 3;
  /** Enough names to act on; a log with hundreds of failing modules says so by its count. */
  public static final int SUBJECTS = 10;
  /** "nvidia: module verification failed…": the kernel prefixes a module's messages with its name. */
  private static final Pattern MODULE_PREFIX = Pattern.compile("^([A-Za-z0-9_\\-]{1,64}): ");
  private static final Set<String> NOT_MODULES = Set.of("ima", "integrity", "audit", "lockdown", "pkcs#7");
  private static final Pattern IMA_NAME = Pattern.compile("name=\"([^\"]{1,4096})\"");
  private static final Pattern ABSOLUTE_PATH = Pattern.compile("(/[^\\s\"]{1,4096})");
  private static final Pattern DMESG_TIME = Pattern.compile("^\\[\\s*\\d+\\.\\d+\\]\\s*");
  private static final Pattern JOURNAL_PREFIX = Pattern.compile("^[A-Z][a-z]{2} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d \\S+ kernel: ");

  public enum Kind {
    UNSIGNED("unsigned module loaded"),
    REJECTED("module signature rejected"),
    IMA_DENIED("IMA appraisal denied"),
    IMA_NOTICE("harmless IMA notice");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public record Summary(long lines, Map<Kind, Integer> counts, Map<Kind, List<String>> examples, Map<Kind, Set<String>> subjects) {
    public int count(Kind kind) {
      return counts.getOrDefault(kind, 0);
    }

    /** The modules or files the lines of a kind named, first seen first (at most {@value KernelLog#SUBJECTS}). */
    public Set<String> subjects(Kind kind) {
      return subjects.getOrDefault(kind, Set.of());
    }

    public List<String> examples(Kind kind) {
      return examples.getOrDefault(kind, List.of());
    }

    /** Something was refused: a module signature rejected, or IMA denied a file. */
    public boolean blocking() {
      return count(Kind.REJECTED) > 0 || count(Kind.IMA_DENIED) > 0;
    }

    /** Unsigned modules were loaded: not refused, but not what Microsoft ships. */
    public boolean suspicious() {
      return count(Kind.UNSIGNED) > 0;
    }
  }

  private KernelLog() {}

  public static Summary classify(BufferedReader reader) throws IOException {
    Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
    Map<Kind, List<String>> examples = new EnumMap<>(Kind.class);
    Map<Kind, Set<String>> subjects = new EnumMap<>(Kind.class);
    long lines = 0;
    String line;
    while ((line = reader.readLine()) != null) {
      lines++;
      String message = message(line);
      Kind kind = kindOf(message.toLowerCase(Locale.ROOT));
      if (kind != null) {
        counts.merge(kind, 1, Integer::sum);
        List<String> kept = examples.computeIfAbsent(kind, k -> new ArrayList<>());
        if (kept.size() < EXAMPLES) {
          kept.add(message.length() > 300 ? message.substring(0, 300) + "…" : message);
        }
        Set<String> named = subjects.computeIfAbsent(kind, k -> new LinkedHashSet<>());
        if (named.size() < SUBJECTS) {
          subject(message, kind).ifPresent(named::add);
        }
      }
    }
    return new Summary(lines, counts, examples, subjects);
  }

  /**
   * The module or file a finding is about: a module's name prefixes its messages, IMA names the file
   * ({@code name="/usr/bin/x"}). A rejected key's line names nothing: the kernel stops before it knows.
   */
  public static Optional<String> subject(String message, Kind kind) {
    if (kind == Kind.IMA_DENIED || kind == Kind.IMA_NOTICE) {
      Matcher name = IMA_NAME.matcher(message);
      if (name.find()) {
        return Optional.of(name.group(1));
      }
      Matcher path = ABSOLUTE_PATH.matcher(message);
      return path.find() ? Optional.of(path.group(1)) : Optional.empty();
    }
    Matcher module = MODULE_PREFIX.matcher(message);
    return module.find() && !NOT_MODULES.contains(module.group(1).toLowerCase(Locale.ROOT)) ? Optional.of(module.group(1)) : Optional.empty();
  }

  /** The message without dmesg's [    0.123456] or journalctl's "Nov 29 10:00:00 host kernel: ". */
  public static String message(String line) {
    return JOURNAL_PREFIX.matcher(DMESG_TIME.matcher(line).replaceFirst("")).replaceFirst("").strip();
  }

  public static Kind kindOf(String lower) {
    if (lower.contains("pkcs#7 signature not signed with a trusted key")
        || lower.contains("loading of module with unavailable key is rejected")
        || lower.contains("key was rejected by service")
        || lower.contains("signature verification failed")) {
      return Kind.REJECTED;
    }
    if (lower.contains("module verification failed: signature and/or required key missing") || lower.contains("no signature found")) {
      return Kind.UNSIGNED;
    }
    boolean ima = lower.startsWith("ima:") || lower.contains(" ima:") || lower.startsWith("integrity:") || lower.contains(" integrity:")
        || lower.contains("type=integrity_");
    if (ima) {
      if (lower.contains("denied") || (lower.contains("res=0") && lower.contains("appraise"))) {
        return Kind.IMA_DENIED;
      }
      return Kind.IMA_NOTICE;
    }
    return null;
  }
}
