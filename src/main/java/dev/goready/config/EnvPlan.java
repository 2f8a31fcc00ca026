package dev.goready.config;

import dev.goready.host.FileEdit;
import dev.goready.host.UserEnvironment;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything `goready env` will change, decided before anything is touched; --dry-run prints it.
 * {@code directories} are created; {@code emptyFolders} are folders goready created that --remove
 * deletes, deepest first, being still empty.
 */
public record EnvPlan(
    List<FileEdit> files,
    List<RegistryEdit> registry,
    Map<String, Optional<String>> goEnv,
    List<Path> directories,
    List<Path> emptyFolders,
    List<String> warnings) {

  /** One value of the Windows user environment, before and after (empty: absent / deleted). */
  public record RegistryEdit(String name, Optional<UserEnvironment.Value> before, Optional<UserEnvironment.Value> after) {}

  public boolean isEmpty() {
    return files.isEmpty() && registry.isEmpty() && directories.isEmpty() && emptyFolders.isEmpty();
  }
}
