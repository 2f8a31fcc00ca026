package dev.goready.doctor.checks;

import dev.goready.doctor.Check;
import dev.goready.doctor.Fix;
import dev.goready.doctor.Probe;
import dev.goready.doctor.Result;
import dev.goready.host.PathStatus;
import dev.goready.host.ProcFiles;
import dev.goready.wsl.MountTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One folder Go writes to heavily — GOPATH, GOCACHE, GOMODCACHE, or the project itself: where it
 * resolves, which file system holds it (a Windows drive inside WSL is 9p/drvfs: slow, no POSIX
 * permissions), whether it is writable, and whether it has room.
 */
public final class GoFolderCheck implements Check {
  static final long LOW_SPACE = 2L << 30;

  private final String id;
  private final String what;
  private final Function<Probe, Optional<String>> resolve;
  private final Function<Probe, Fix> moveFix;

  private GoFolderCheck(String id, String what, Function<Probe, Optional<String>> resolve, Function<Probe, Fix> moveFix) {
    this.id = id;
    this.what = what;
    this.resolve = resolve;
    this.moveFix = moveFix;
  }

  public static List<Check> all() {
    return List.of(
        new GoFolderCheck("fs.gopath", "GOPATH", GoFolders::gopath,
            p -> Fix.of("Keep GOPATH in the Linux file system.", "go env -w GOPATH=" + GoFolders.home(p) + "/go")),
        new GoFolderCheck("fs.gocache", "GOCACHE", GoFolders::gocache,
            p -> Fix.of("Keep the build cache in the Linux file system.", "go env -w GOCACHE=" + GoFolders.home(p) + "/.cache/go-build")),
        new GoFolderCheck("fs.gomodcache", "GOMODCACHE", GoFolders::gomodcache,
            p -> Fix.of("Keep the module cache in the Linux file system.", "go env -w GOMODCACHE=" + GoFolders.home(p) + "/go/pkg/mod")),
        new GoFolderCheck("fs.workdir", "the working directory", p -> Optional.of(p.host().cwd().toString()),
            p -> Fix.of("Work on projects inside the Linux file system; Windows editors still reach it as \\\\wsl$\\<distro>.",
                "mkdir -p ~/src && cp -r \"$PWD\" ~/src/ && cd ~/src/\"$(basename \"$PWD\")\"")));
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Result run(Probe probe) {
    Optional<String> folder = resolve.apply(probe);
    if (folder.isEmpty()) {
      return Result.skip(what + " is off or unknown");
    }
    String path = folder.get();
    List<String> details = new ArrayList<>(List.of(what.startsWith("GO") ? what + "=" + path : what + ": " + path));
    Optional<MountTable.Mount> mount = probe.kind().isLinux() ? probe.mounts().mountFor(path) : Optional.empty();
    if (probe.kind().isLinux()) {
      mount.ifPresent(m -> details.add("on " + m.describe()));
      if (probe.kind().isWsl() && mount.isEmpty()) {
        return Result.skip("cannot tell whether " + path + " is on a Windows drive: the mount table (" + ProcFiles.mounts() + ") is absent or has no entry for it");
      }
      if (probe.kind().isWsl() && mount.map(MountTable.Mount::isWindowsDrive).orElse(false)) {
        return Result.fail(what + " " + path + " is on a Windows drive (" + mount.get().type() + "): slow, no POSIX permissions", details, moveFix.apply(probe));
      }
    }
    Optional<PathStatus> status = probe.host().pathStatus(probe.host().path(path));
    if (status.isEmpty() && probe.kind().isLinux() && mount.isEmpty()) {
      return Result.skip("cannot tell: neither the mount nor the free space of " + path + " could be looked up");
    }
    if (status.isEmpty()) {
      details.add("free space and permissions: not known here");
      return Result.ok(path, details);
    }
    details.add(String.format(java.util.Locale.ROOT, "%.1f GiB free, %s", status.get().freeBytes() / (double) (1L << 30), status.get().writable() ? "writable" : "not writable"));
    if (!status.get().writable()) {
      return Result.fail(what + " " + path + " is not writable", details,
          Fix.of("Give your user the folder, or point " + what + " somewhere it can write.", "sudo chown -R \"$USER\" " + path));
    }
    if (status.get().freeBytes() < LOW_SPACE) {
      return Result.warn(what + " " + path + " has under 2 GiB free", details,
          Fix.of("Go's caches grow to several GiB; free space, or trim them.", "go clean -cache -modcache"));
    }
    return Result.ok(path + mount.map(m -> " (" + m.type() + ")").orElse(""), details);
  }
}
