package dev.goready.config;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import dev.goready.host.FileEdit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A plan as a reviewer reads it: a unified diff per file and per registry value. */
public final class PlanDiff {
  private static final int CONTEXT = 3;

  private PlanDiff() {}

  public static String render(EnvPlan plan) {
    StringBuilder out = new StringBuilder();
    plan.directories().forEach(dir -> out.append("mkdir ").append(dir).append('\n'));
    plan.emptyFolders().forEach(dir -> out.append("rmdir ").append(dir).append('\n'));
    out.append(files(plan.files()));
    for (EnvPlan.RegistryEdit edit : plan.registry()) {
      out.append("--- HKCU\\Environment\\").append(edit.name()).append('\n');
      out.append("+++ HKCU\\Environment\\").append(edit.name()).append('\n');
      edit.before().ifPresent(v -> out.append("-").append(v.type()).append(' ').append(v.data()).append('\n'));
      edit.after().ifPresent(v -> out.append("+").append(v.type()).append(' ').append(v.data()).append('\n'));
    }
    return out.toString();
  }

  public static String files(List<FileEdit> edits) {
    StringBuilder out = new StringBuilder();
    for (FileEdit edit : edits) {
      List<String> before = lines(edit.before());
      List<String> after = lines(edit.after());
      String from = edit.before().isPresent() ? "a" + slash(edit.path()) : "/dev/null";
      String to = edit.after().isPresent() ? "b" + slash(edit.path()) : "/dev/null";
      UnifiedDiffUtils.generateUnifiedDiff(from, to, before, DiffUtils.diff(before, after), CONTEXT).forEach(line -> out.append(line).append('\n'));
    }
    return out.toString();
  }

  private static String slash(java.nio.file.Path path) {
    String text = path.toString();
    return text.startsWith("/") ? text : "/" + text;
  }

  private static List<String> lines(Optional<byte[]> bytes) {
    if (bytes.isEmpty()) {
      return List.of();
    }
    String text = TextFormat.decode(bytes.get(), "\n").text();
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r?\n", -1)));
    if (lines.size() > 1 && lines.getLast().isEmpty()) {
      lines.removeLast(); // the final line break, not an empty last line
    }
    return lines;
  }
}
