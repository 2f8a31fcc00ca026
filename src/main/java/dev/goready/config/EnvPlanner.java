package dev.goready.config;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.host.FileEdit;
import dev.goready.host.FileEditor;
import dev.goready.host.Host;
import dev.goready.host.HostKind;
import dev.goready.host.UserEnvironment;
import dev.goready.project.ShellHook;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Plans `goready env`: Go's settings into Go's env file, PATH into each shell's startup files (and
 * the Windows user environment), every change as before/after bytes. Pure given what it reads; the
 * {@link EnvApplier} writes. Running the plan twice plans nothing the second time.
 */
public final class EnvPlanner {
  static final List<String> GO_SETTINGS = List.of("GOPATH", "GOBIN", "GOCACHE", "GOMODCACHE", "GOPROXY", "GOPRIVATE", "GONOSUMDB", "GOFLAGS", "GOTOOLCHAIN");
  static final int CMD_PATH_LIMIT = 8191;
  private static final Pattern WINDOWS_DRIVE_IN_WSL = Pattern.compile("^/mnt/[a-zA-Z](/.*)?$");

  private final Host host;
  private final Path goreadyHome;
  private final Optional<UserEnvironment> userEnvironment;
  private final ProfileFindings findings;

  public EnvPlanner(Host host, Path goreadyHome, Optional<UserEnvironment> userEnvironment) {
    this.host = host;
    this.goreadyHome = goreadyHome;
    this.userEnvironment = userEnvironment;
    this.findings = new ProfileFindings(host, goreadyHome);
  }

  /** The shells found on this machine: their program on PATH or their startup file present. */
  public Set<Shell> detectedShells() {
    EnvLayout layout = layout(List.of());
    Set<Shell> shells = allShells();
    shells.removeIf(shell -> !shell.found(layout, host::onPath));
    return shells.isEmpty() ? new LinkedHashSet<>(List.of(Shells.FALLBACK)) : shells;
  }

  /** Every shell that can exist on this OS (--shell all). */
  public Set<Shell> allShells() {
    return Shells.ALL.stream().filter(shell -> shell.runsOn(host.os())).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  public EnvLayout layout(List<String> pathDirs) {
    return EnvLayout.of(host, goreadyHome, pathDirs);
  }

  /**
   * GOPATH and GOBIN: as asked, else as Go's env file has them, else as the shell exports them, else as
   * a startup file sets them ({@code adopted}: Go's env file does not get those), else Go's defaults.
   */
  private record Folders(String gopath, String gobin, Set<String> adopted) {}

  private Folders folders(Map<String, String> settings, Map<String, String> current) {
    Set<String> adopted = new LinkedHashSet<>();
    // A GOPATH the shell already exports, or a startup file sets, wins over the default, so GOBIN lands
    // inside the GOPATH in use and go env agrees with the shell.
    String gopath = settings.getOrDefault("GOPATH", current.getOrDefault("GOPATH",
        host.env("GOPATH").filter(v -> !v.isBlank()).map(v -> v.split(java.util.regex.Pattern.quote(host.listSeparator()))[0])
            .or(() -> adopt("GOPATH", adopted))
            .orElse(GoEnvFile.homeOf(host).resolve("go").toString())));
    // Likewise an exported GOBIN: go install puts tools there, so that is what PATH must reach.
    String gobin = settings.getOrDefault("GOBIN", current.getOrDefault("GOBIN",
        host.env("GOBIN").filter(v -> !v.isBlank()).or(() -> adopt("GOBIN", adopted)).orElseGet(() -> {
          if (adopted.contains("GOPATH")) {
            adopted.add("GOBIN"); // go install's own default, GOPATH/bin, is already right
          }
          return pathOf("GOPATH", gopath).resolve("bin").toString();
        })));
    pathOf("GOBIN", gobin);
    return new Folders(gopath, gobin, Set.copyOf(adopted));
  }

  /**
   * The value the first startup file (of any shell here) gives NAME outside goready's block, when it is
   * a plain folder (~ and $HOME allowed); anything the shell would still have to evaluate is not used.
   */
  private Optional<String> adopt(String name, Set<String> adopted) {
    EnvLayout layout = layout(List.of());
    for (Shell shell : allShells()) {
      for (Path file : java.util.stream.Stream.concat(shell.startupFiles(layout).stream(), shell.laterFiles(layout).stream()).toList()) {
        Optional<String> text = FileEditor.read(file).map(bytes -> TextFormat.decode(bytes, "\n").text());
        Optional<String> value = text.flatMap(t -> ProfileFindings.handSet(t, name));
        Optional<Path> folder = value.filter(v -> !v.contains("$") && !v.contains("`") || v.matches("^(\\$HOME|\\$\\{HOME\\})[^$`]*$"))
            .flatMap(findings::folder).filter(Path::isAbsolute);
        if (folder.isPresent()) {
          adopted.add(name);
          return Optional.of(folder.get().toString());
        }
      }
    }
    return Optional.empty();
  }

  /** A GOPATH or GOBIN from Go's env file, the environment or a flag that cannot be a path here: a usage error, not a crash. */
  private Path pathOf(String name, String value) {
    try {
      return host.path(value);
    } catch (java.nio.file.InvalidPathException e) {
      String flag = "--" + name.toLowerCase(java.util.Locale.ROOT);
      throw new GoreadyException(ExitCode.USAGE, name + "=" + value + " (from " + flag + ", Go's env file or the environment) is not a path: " + e.getReason(),
          "set it with goready env " + flag + " DIR, or go env -w " + name + "=DIR");
    }
  }

  private Map<String, String> currentGoEnv() {
    return GoEnvFile.location(host).flatMap(FileEditor::read).map(b -> GoEnvFile.parse(new String(b, StandardCharsets.UTF_8))).orElse(Map.of());
  }

  /** What goready puts on PATH, first one first: the active toolchain, then GOBIN. */
  public List<String> pathDirs(Map<String, String> settings) {
    return List.of(goreadyHome.resolve("current").resolve("bin").toString(), folders(settings, currentGoEnv()).gobin());
  }

  public EnvPlan install(EnvRequest request) {
    List<String> warnings = new ArrayList<>();
    Optional<Path> goEnvFile = GoEnvFile.location(host);
    byte[] goEnvBefore = goEnvFile.flatMap(FileEditor::read).orElse(new byte[0]);
    Map<String, String> current = GoEnvFile.parse(new String(goEnvBefore, StandardCharsets.UTF_8));
    Folders folders = folders(request.settings(), current);
    String gopath = folders.gopath();
    String gobin = folders.gobin();

    Map<String, String> wanted = new LinkedHashMap<>(request.settings());
    wanted.put("GOPATH", gopath);
    wanted.put("GOBIN", gobin);
    folders.adopted().forEach(wanted::remove); // the startup file's value, as the shell sets it; no second one
    for (Map.Entry<String, String> setting : wanted.entrySet()) {
      GoEnvFile.check(setting.getKey(), setting.getValue());
      refuseWindowsDrive(setting.getKey(), setting.getValue(), request.force());
    }
    Map<String, Optional<String>> goEnvChanges = new LinkedHashMap<>();
    wanted.forEach((key, value) -> {
      if (!value.equals(current.get(key))) {
        goEnvChanges.put(key, Optional.of(value));
      }
    });

    List<FileEdit> files = new ArrayList<>();
    Optional<byte[]> undoBefore = FileEditor.read(goreadyHome.resolve("env-undo.json"));
    if (goEnvFile.isPresent() && !goEnvChanges.isEmpty()) {
      String before = new String(goEnvBefore, StandardCharsets.UTF_8);
      boolean firstChange = undoBefore.map(EnvUndo::parse).orElse(EnvUndo.empty()).goEnv().isEmpty();
      files.add(new FileEdit(goEnvFile.get(), goEnvFile.flatMap(FileEditor::read), Optional.of(GoEnvFile.apply(before, goEnvChanges).getBytes(StandardCharsets.UTF_8)), "Go's env file (go env -w)", firstChange));
    } else if (goEnvFile.isEmpty()) {
      warnings.add("GOENV=off: Go's settings cannot be written to Go's env file; set them in your shell instead");
    }

    List<String> pathDirs = List.of(goreadyHome.resolve("current").resolve("bin").toString(), gobin);
    EnvLayout layout = layout(pathDirs).withHook(request.hookCommand().isPresent());
    List<Shell> shells = Shells.inOrder(request.shells());
    request.hookCommand().ifPresent(command -> shells.stream().flatMap(shell -> shell.hook().stream()).distinct().forEach(hook ->
        fileEdit(hook.file(goreadyHome), hook.script(goreadyHome, command), "goready's per-project hook").ifPresent(files::add)));
    envFiles(layout).forEach((env, writer) -> {
      if (shells.stream().anyMatch(shell -> shell.envFile(layout).equals(Optional.of(env)))) {
        fileEdit(env.path(), EnvScripts.content(writer, layout), env.why()).ifPresent(files::add);
      }
    });
    for (Shell shell : shells) {
      for (Path file : shell.startupFiles(layout)) {
        if (files.stream().anyMatch(f -> f.path().equals(file))) {
          continue; // bash's login file may be ~/.profile, which sh shares
        }
        blockEdit(file, shell.block(layout), shell, layout, request.fixConflicts(), warnings).ifPresent(files::add);
      }
    }
    for (Shell shell : shells) {
      for (Path file : shell.laterFiles(layout)) {
        if (files.stream().noneMatch(f -> f.path().equals(file))) {
          laterFileEdit(file, shell, request.fixConflicts(), warnings).ifPresent(files::add);
        }
      }
    }
    List<EnvPlan.RegistryEdit> registry = new ArrayList<>();
    if (shells.stream().anyMatch(Shell::readsUserEnvironment)) {
      windowsPath(pathDirs, warnings).ifPresent(registry::add);
    }
    List<Path> directories = new ArrayList<>(List.of(host.path(gopath).resolve("bin"), host.path(gopath).resolve("pkg"), host.path(gobin)));
    directories.removeIf(host::exists);
    directories = directories.stream().distinct().toList();
    undoEdit(undoBefore, goEnvChanges, current, registry, created(directories)).ifPresent(files::add);
    return new EnvPlan(List.copyOf(files), List.copyOf(registry), goEnvChanges, directories, List.of(), List.copyOf(warnings));
  }

  /** goready's env files in {@link Shells#ALL}'s order (env.sh, then env.fish), each with the first shell that sources it. */
  private static Map<Shell.EnvFile, Shell> envFiles(EnvLayout layout) {
    Map<Shell.EnvFile, Shell> files = new LinkedHashMap<>();
    Shells.ALL.forEach(shell -> shell.envFile(layout).ifPresent(env -> files.putIfAbsent(env, shell)));
    return files;
  }

  /** Inside WSL2 a Go folder on /mnt/c is slow and has no POSIX permissions: refused unless --force. */
  private void refuseWindowsDrive(String key, String value, boolean force) {
    if (force || !HostKind.of(host).isWsl() || !WINDOWS_DRIVE_IN_WSL.matcher(value).matches()) {
      return;
    }
    throw new GoreadyException(ExitCode.USAGE,
        key + "=" + value + " is on a Windows drive: inside WSL that is 9p/drvfs, many times slower and without POSIX permissions",
        "keep " + key + " in the Linux file system (for example under $HOME), or pass --force to insist");
  }

  private Optional<FileEdit> fileEdit(Path path, String content, String why) {
    Optional<byte[]> before = FileEditor.read(path);
    byte[] after = content.getBytes(StandardCharsets.UTF_8);
    return before.isPresent() && Arrays.equals(before.get(), after) ? Optional.empty() : Optional.of(new FileEdit(path, before, Optional.of(after), why, false));
  }

  private Optional<FileEdit> blockEdit(Path file, List<String> body, Shell shell, EnvLayout layout, boolean fixConflicts, List<String> warnings) {
    Optional<byte[]> before = FileEditor.read(file);
    String defaultEol = shell.newline(layout);
    TextFormat.Decoded decoded = before.map(b -> TextFormat.decode(b, defaultEol)).orElse(new TextFormat.Decoded("", TextFormat.fresh(defaultEol)));
    Set<Integer> fixed = fixes(findings.in(file, decoded.text(), false), fixConflicts, warnings);
    String text = ConflictLines.comment(decoded.text(), fixed);
    String eol = shell.readsCrlf() ? decoded.format().eol() : "\n";
    // Backed up only on goready's first change: later runs would back up goready's own block, and an
    // empty backup (of an empty profile) would look torn and be overwritten with it.
    boolean firstChange = ManagedBlock.find(text, file.toString()).isEmpty();
    Optional<String> withBlock = ManagedBlock.install(text, body, eol, file.toString()).or(() -> Optional.of(text).filter(t -> !fixed.isEmpty()));
    Optional<FileEdit> edit = withBlock
        .map(after -> new FileEdit(file, before, Optional.of(decoded.format().encode(after)), shell.id() + " startup file", firstChange));
    edit.flatMap(e -> FileEditor.checkoutLinkedInto(file)).ifPresent(checkout -> warnings.add(file + " is a link into the git checkout "
        + checkout + ": goready's block is written there and shows in its git status; commit it, or leave this shell out with --shell"));
    return edit;
  }

  /** Says each finding; with --fix-conflicts, the lines of the conflicts, to be commented out. */
  private static Set<Integer> fixes(List<ProfileFindings.Finding> findings, boolean fixConflicts, List<String> warnings) {
    Set<Integer> fixed = new java.util.TreeSet<>();
    for (ProfileFindings.Finding finding : findings) {
      if (finding.conflict() && fixConflicts) {
        fixed.add(finding.line());
        warnings.add(finding.message() + "; commented out (" + ConflictLines.MARKER.strip() + "), goready env --remove puts it back");
      } else {
        warnings.add(finding.message() + (finding.conflict() ? "; goready env --fix-conflicts comments it out" : ""));
      }
    }
    return fixed;
  }

  /**
   * A file the shell reads after goready's (zsh's .zshrc, fish's config.fish): goready writes no block
   * there, but every line of it comes after the block, so its conflicts are found and, when asked, fixed.
   */
  private Optional<FileEdit> laterFileEdit(Path file, Shell shell, boolean fixConflicts, List<String> warnings) {
    Optional<byte[]> before = FileEditor.read(file);
    if (before.isEmpty()) {
      return Optional.empty();
    }
    TextFormat.Decoded decoded = TextFormat.decode(before.get(), "\n");
    Set<Integer> fixed = fixes(findings.in(file, decoded.text(), true), fixConflicts, warnings);
    if (fixed.isEmpty()) {
      return Optional.empty();
    }
    boolean firstChange = decoded.text().lines().noneMatch(line -> line.startsWith(ConflictLines.MARKER));
    return Optional.of(new FileEdit(file, before, Optional.of(decoded.format().encode(ConflictLines.comment(decoded.text(), fixed))),
        shell.id() + " startup file (lines that undo goready's go)", firstChange));
  }

  private Optional<EnvPlan.RegistryEdit> windowsPath(List<String> dirs, List<String> warnings) {
    if (userEnvironment.isEmpty()) {
      return Optional.empty();
    }
    Optional<UserEnvironment.Value> before = userEnvironment.get().read("Path");
    if (before.isPresent() && before.get().type() == UserEnvironment.Type.OTHER) {
      throw new GoreadyException(ExitCode.LOCAL, "the user Path in HKCU\\Environment is not a string value; nothing was changed",
          "fix its type in regedit (it should be REG_EXPAND_SZ), then run goready env again");
    }
    String raw = before.map(UserEnvironment.Value::data).orElse("");
    String updated = PathList.prepend(raw, dirs, ";", true);
    if (updated.length() > CMD_PATH_LIMIT) {
      warnings.add("the user Path is " + updated.length() + " characters; cmd.exe ignores a PATH past " + CMD_PATH_LIMIT);
    }
    if (updated.equals(raw)) {
      return Optional.empty();
    }
    // %VAR% entries only expand in a REG_EXPAND_SZ; keep whatever type the value had (new ones: expandable, as Windows makes them).
    UserEnvironment.Type type = before.map(UserEnvironment.Value::type).orElse(UserEnvironment.Type.REG_EXPAND_SZ);
    if (type == UserEnvironment.Type.REG_SZ && updated.matches(".*%[^%;]+%.*")) {
      type = UserEnvironment.Type.REG_EXPAND_SZ;
    }
    return Optional.of(new EnvPlan.RegistryEdit("Path", before, Optional.of(new UserEnvironment.Value(updated, type))));
  }

  /** Every folder creating DIRECTORIES makes, their missing parents too (up to HOME), deepest first. */
  private List<String> created(List<Path> directories) {
    Path home = GoEnvFile.homeOf(host);
    Set<Path> made = new LinkedHashSet<>();
    for (Path dir : directories) {
      for (Path level = dir; level != null && !host.exists(level) && level.startsWith(home) && !level.equals(home); level = level.getParent()) {
        made.add(level);
      }
    }
    return made.stream().sorted(java.util.Comparator.comparingInt(Path::getNameCount).reversed()).map(Path::toString).toList();
  }

  /** env-undo.json as it will be: {@code before} (its bytes now) with this run's changes merged in. */
  private Optional<FileEdit> undoEdit(Optional<byte[]> before, Map<String, Optional<String>> goEnvChanges, Map<String, String> current,
      List<EnvPlan.RegistryEdit> registry, List<String> createdFolders) {
    Path file = goreadyHome.resolve("env-undo.json");
    EnvUndo undo = before.map(EnvUndo::parse).orElse(EnvUndo.empty());
    createdFolders.stream().filter(folder -> !undo.createdFolders().contains(folder)).forEach(undo.createdFolders()::add);
    goEnvChanges.forEach((key, value) -> undo.goEnv().merge(key, new EnvUndo.Setting(Optional.ofNullable(current.get(key)), value.orElse("")),
        (old, fresh) -> new EnvUndo.Setting(old.before(), fresh.set())));
    for (EnvPlan.RegistryEdit edit : registry) {
      String was = edit.before().map(UserEnvironment.Value::data).orElse("");
      for (String entry : PathList.split(edit.after().orElseThrow().data(), ";")) {
        if (PathList.split(was, ";").stream().noneMatch(entry::equalsIgnoreCase) && !undo.addedPath().contains(entry)) {
          undo.addedPath().add(entry);
        }
      }
    }
    byte[] after = undo.bytes();
    return before.isPresent() && Arrays.equals(before.get(), after) ? Optional.empty() : Optional.of(new FileEdit(file, before, Optional.of(after), "what goready env --remove restores", false));
  }

  /**
   * Undo: the blocks in these shells' startup files (a file goready created and that holds nothing
   * else is deleted). With {@code everything}, also the env files, the Go settings goready set (back
   * to their earlier values, unless changed since) and the PATH entries it added for cmd.
   */
  public EnvPlan remove(Set<Shell> shells, boolean everything) {
    EnvLayout layout = layout(List.of());
    List<FileEdit> files = new ArrayList<>();
    for (Shell shell : Shells.inOrder(shells)) {
      // Its own files lose the block and the marks, later ones (.zshrc) only the lines --fix-conflicts commented out.
      List<Path> own = shell.startupFiles(layout);
      for (Path file : java.util.stream.Stream.concat(own.stream(), shell.laterFiles(layout).stream()).toList()) {
        if (files.stream().noneMatch(f -> f.path().equals(file))) {
          blockRemoval(file, own.contains(file)).ifPresent(removal -> {
            files.add(removal);
            identicalBackup(removal).ifPresent(files::add);
          });
        }
      }
    }
    List<EnvPlan.RegistryEdit> registry = new ArrayList<>();
    Map<String, Optional<String>> goEnvChanges = new LinkedHashMap<>();
    List<Path> emptyFolders = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    if (everything) {
      List<Path> owned = new ArrayList<>(envFiles(layout).keySet().stream().map(Shell.EnvFile::path).toList());
      owned.add(goreadyHome.resolve("env-undo.json"));
      java.util.Arrays.stream(ShellHook.values()).map(hook -> hook.file(goreadyHome)).forEach(owned::add);
      for (Path file : owned) {
        FileEditor.read(file).ifPresent(bytes -> files.add(new FileEdit(file, Optional.of(bytes), Optional.empty(), "goready's own file", false)));
      }
      EnvUndo undo = FileEditor.read(goreadyHome.resolve("env-undo.json")).map(EnvUndo::parse).orElse(EnvUndo.empty());
      restoreGoEnv(undo, goEnvChanges).ifPresent(files::add);
      removeWindowsPath(undo).ifPresent(registry::add);
      // Deepest first: a folder whose only children are goready's own emptied folders is empty too.
      List<Path> folders = undo.createdFolders().stream().map(host::path).filter(host::exists)
          .sorted(java.util.Comparator.comparingInt(Path::getNameCount).reversed()).toList();
      for (Path dir : folders) {
        if (host.list(dir).stream().allMatch(child -> emptyFolders.contains(dir.resolve(child)))) {
          emptyFolders.add(dir);
        } else {
          warnings.add("left " + dir + ": goready created it, but it is not empty now");
        }
      }
    }
    return new EnvPlan(List.copyOf(files), List.copyOf(registry), goEnvChanges, List.of(), List.copyOf(emptyFolders), List.copyOf(warnings));
  }

  private Optional<FileEdit> blockRemoval(Path file, boolean holdsTheBlock) {
    Optional<byte[]> before = FileEditor.read(file);
    if (before.isEmpty()) {
      return Optional.empty();
    }
    TextFormat.Decoded decoded = TextFormat.decode(before.get(), "\n");
    String withoutBlock = holdsTheBlock ? ManagedBlock.remove(decoded.text(), file.toString()).orElse(decoded.text()) : decoded.text();
    String restored = ConflictLines.restore(withoutBlock);
    return Optional.of(restored).filter(text -> !text.equals(decoded.text())).map(text -> {
      boolean createdByGoready = !host.exists(file.resolveSibling(file.getFileName() + ".goready.bak"));
      Optional<byte[]> after = text.isEmpty() && createdByGoready ? Optional.empty() : Optional.of(decoded.format().encode(text));
      return new FileEdit(file, before, after, "remove goready's block", false); // the backup was made at the first change
    });
  }

  /** The .goready.bak of a profile whose restored bytes are exactly the backup's: it has done its job. */
  private static Optional<FileEdit> identicalBackup(FileEdit removal) {
    Path backup = removal.path().resolveSibling(removal.path().getFileName() + ".goready.bak");
    return FileEditor.read(backup).filter(bytes -> removal.after().isPresent() && Arrays.equals(bytes, removal.after().get()))
        .map(bytes -> new FileEdit(backup, Optional.of(bytes), Optional.empty(), "goready's backup, the same as the restored file", false));
  }

  private Optional<FileEdit> restoreGoEnv(EnvUndo undo, Map<String, Optional<String>> changes) {
    Optional<Path> goEnvFile = GoEnvFile.location(host);
    if (goEnvFile.isEmpty() || undo.goEnv().isEmpty()) {
      return Optional.empty();
    }
    Optional<byte[]> before = FileEditor.read(goEnvFile.get());
    String text = before.map(b -> new String(b, StandardCharsets.UTF_8)).orElse("");
    Map<String, String> current = GoEnvFile.parse(text);
    undo.goEnv().forEach((key, setting) -> {
      if (setting.set().equals(current.get(key))) { // changed by hand since: leave it
        changes.put(key, setting.before());
      }
    });
    if (changes.isEmpty()) {
      return Optional.empty();
    }
    String restored = GoEnvFile.apply(text, changes);
    // Settings as they were before goready: the backup's bytes, exactly (its final newline or its
    // duplicate lines, which apply() normalises). Settings changed by hand since: the computed text.
    Optional<byte[]> backup = FileEditor.read(goEnvFile.get().resolveSibling(goEnvFile.get().getFileName() + ".goready.bak"))
        .filter(bytes -> GoEnvFile.parse(new String(bytes, StandardCharsets.UTF_8)).equals(GoEnvFile.parse(restored)));
    if (backup.isPresent()) {
      return Optional.of(new FileEdit(goEnvFile.get(), before, backup, "restore Go's env file", false));
    }
    // An env file left empty is the same as none: it goes, as it was not there before goready.
    return Optional.of(new FileEdit(goEnvFile.get(), before, restored.isEmpty() ? Optional.empty() : Optional.of(restored.getBytes(StandardCharsets.UTF_8)), "restore Go's env file", false));
  }

  private Optional<EnvPlan.RegistryEdit> removeWindowsPath(EnvUndo undo) {
    if (userEnvironment.isEmpty() || undo.addedPath().isEmpty()) {
      return Optional.empty();
    }
    Optional<UserEnvironment.Value> before = userEnvironment.get().read("Path");
    if (before.isEmpty() || before.get().type() == UserEnvironment.Type.OTHER) {
      return Optional.empty();
    }
    String updated = PathList.remove(before.get().data(), undo.addedPath(), ";", true);
    return updated.equals(before.get().data()) ? Optional.empty()
        : Optional.of(new EnvPlan.RegistryEdit("Path", before, Optional.of(new UserEnvironment.Value(updated, before.get().type()))));
  }
}
