package dev.goready.app;

import dev.goready.config.Setting;
import dev.goready.host.Host;
import dev.goready.install.ToolchainStore;
import dev.goready.project.PinFinder;
import dev.goready.project.ProjectScan;
import dev.goready.project.ToolchainChoice;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * goready prune: removes the toolchains no project pins and the download cache. It knows the
 * projects only from the folders the user names (--in, GOREADY_PROJECTS); with none it touches no
 * toolchain, only the cache. The default toolchain and any toolchain a running process uses stay.
 */
public final class PruneService {
  /** What prune removes (or would): toolchains with their sizes, cached files, and why each kept toolchain stays. */
  public record Plan(Map<String, Long> toolchains, Map<Path, Long> downloads, Map<String, String> kept, List<ProjectScan.Project> projects,
      List<Path> folders) {
    public long bytes() {
      return toolchains.values().stream().mapToLong(Long::longValue).sum() + downloads.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  private final Composition parts;

  PruneService(Composition parts) {
    this.parts = parts;
  }

  /** The folders to look in: as given, else GOREADY_PROJECTS (a PATH-like list), else none. */
  public List<Path> folders(List<Path> given) {
    if (!given.isEmpty()) {
      return given.stream().map(Path::toAbsolutePath).toList();
    }
    Host host = parts.host();
    return parts.settings().resolve(Setting.PROJECTS).map(r -> Arrays.stream(r.value().split(java.util.regex.Pattern.quote(host.listSeparator())))
        .filter(s -> !s.isBlank()).map(host::path).toList()).orElse(List.of());
  }

  public Plan plan(List<Path> folders) throws IOException {
    ToolchainStore store = parts.store();
    List<String> installed = store.installed();
    Optional<String> active = store.active();
    List<ProjectScan.Project> projects = ProjectScan.under(folders, new PinFinder(parts.host()));
    Map<String, String> kept = new LinkedHashMap<>();
    active.ifPresent(v -> kept.put(v, "your default (current)"));
    for (ProjectScan.Project project : projects) {
      if (project.pin().isPresent() && ToolchainChoice.of(project.pin(), installed, active) instanceof ToolchainChoice.Found found) {
        kept.putIfAbsent(found.version(), "pinned by " + project.folder());
      }
    }
    Map<String, Long> toolchains = new LinkedHashMap<>();
    if (!folders.isEmpty()) {
      for (String version : installed) {
        if (kept.containsKey(version)) {
          continue;
        }
        Optional<List<Long>> users = parts.host().processesUsing(store.toolchain(version));
        if (users.isPresent() && !users.get().isEmpty()) {
          kept.put(version, "in use by process " + users.get().getFirst());
        } else {
          toolchains.put(version, size(store.toolchain(version)));
        }
      }
    }
    Map<Path, Long> downloads = new LinkedHashMap<>();
    if (Files.isDirectory(store.downloads())) {
      try (DirectoryStream<Path> files = Files.newDirectoryStream(store.downloads())) {
        for (Path file : new TreeSet<>(toList(files))) {
          // The cached release index stays: it is what list --remote and install read offline.
          if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && !file.getFileName().toString().startsWith("index.json")) {
            downloads.put(file, Files.size(file));
          }
        }
      }
    }
    return new Plan(toolchains, downloads, kept, projects, folders);
  }

  /** Removes what the plan lists, under the store lock; each toolchain's removal is audited like an uninstall. */
  public void apply(Plan plan) throws Exception {
    parts.locked(activation -> {
      for (String version : plan.toolchains().keySet()) {
        activation.uninstall(version, false);
      }
      for (Path file : plan.downloads().keySet()) {
        Files.deleteIfExists(file);
      }
      return null;
    });
  }

  private static List<Path> toList(DirectoryStream<Path> files) {
    List<Path> list = new ArrayList<>();
    files.forEach(list::add);
    return list;
  }

  private static long size(Path tree) throws IOException {
    try (var files = Files.walk(tree)) {
      return files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).mapToLong(f -> {
        try {
          return Files.size(f);
        } catch (IOException gone) {
          return 0;
        }
      }).sum();
    }
  }
}
