package dev.goready.soak;

import dev.goready.host.Host;
import dev.goready.host.HostKind;
import dev.goready.host.ProcFiles;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the soak ran, for the report: OS, machine kind, kernel, hardware, Go version, the go env that
 * matters, and the project's VCS commit ("" outside a git checkout) with whether tracked files differ from it.
 */
public record SoakEnvironment(String os, String kind, String kernel, Machine machine, String goVersion, Map<String, String> goEnv,
    String commit, boolean dirty) {
  static final List<String> GO_ENV_KEYS = List.of("GOOS", "GOARCH", "GOROOT", "GOPATH", "GOCACHE", "GOMODCACHE", "GOFLAGS", "GOPROXY", "GOTOOLCHAIN");

  static SoakEnvironment probe(Host host, Path project) {
    Map<String, String> goEnv = new LinkedHashMap<>();
    var env = host.run(List.of("go", "env", "-json"), Duration.ofSeconds(30));
    if (env.succeeded()) {
      dev.goready.doctor.GoEnvironment.parse("go", env.stdoutText()).ifPresent(e -> GO_ENV_KEYS.forEach(k -> e.get(k).ifPresent(v -> goEnv.put(k, v))));
    }
    String version = host.run(List.of("go", "version"), Duration.ofSeconds(30)).stdoutText().strip();
    String kernel = host.readFile(Path.of(ProcFiles.osRelease())).orElse(host.osVersion()).strip();
    String commit = "";
    boolean dirty = false;
    if (host.onPath(host.os() == dev.goready.host.OsFamily.WINDOWS ? "git.exe" : "git")) {
      var head = host.run(List.of("git", "-C", project.toString(), "rev-parse", "HEAD"), Duration.ofSeconds(30));
      if (head.succeeded() && head.stdoutText().strip().matches("[0-9a-f]{40,64}")) {
        commit = head.stdoutText().strip();
        var status = host.run(List.of("git", "-C", project.toString(), "status", "--porcelain", "--untracked-files=no"), Duration.ofSeconds(60));
        dirty = !status.succeeded() || !status.stdoutText().isBlank();
      }
    }
    return new SoakEnvironment(host.os().goos(), HostKind.of(host).id(), kernel, Machine.probe(host), version, goEnv, commit, dirty);
  }

  /** GOCACHE, whose free space the sampler watches. */
  Path cache(Host host) {
    return host.path(goEnv.getOrDefault("GOCACHE", host.home().resolve(".cache/go-build").toString()));
  }
}
