package dev.goready.doctor.checks;

import dev.goready.doctor.Check;
import dev.goready.doctor.Fix;
import dev.goready.doctor.Machines;
import dev.goready.doctor.Probe;
import dev.goready.doctor.Result;
import dev.goready.host.HostKind;
import dev.goready.host.ProcFiles;
import dev.goready.wsl.WslOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inside WSL: Microsoft's WSL2 kernel is ok; a custom kernel or WSL1 is worth knowing about. Official
 * is decided from the release name and who built it (/proc/version): Microsoft's kernels before 5.10
 * are named 4.19.x-microsoft-standard, without the -WSL2 suffix, and are built by oe-user@oe-host or
 * root@ on Microsoft's build machines, while a user's own build says user@DESKTOP-… or ends in "+".
 */
public final class WslKernelCheck implements Check {
  private static final Pattern MICROSOFT_RELEASE = Pattern.compile("\\d+\\.\\d+\\.\\d+(?:\\.\\d+)?-microsoft-standard(?:-WSL2)?");
  private static final Pattern BUILDER = Pattern.compile("^Linux version \\S+ \\(([^)\\s]+)\\)");
  private static final Pattern BUILD_YEAR = Pattern.compile(" (20\\d\\d)\\s*$");

  @Override
  public String id() {
    return "wsl.kernel";
  }

  @Override
  public Set<HostKind> machines() {
    return Machines.WSL;
  }

  @Override
  public String notHere(HostKind kind) {
    return kind == HostKind.WINDOWS ? "runs inside a WSL distro; see wsl.version" : "not WSL";
  }

  @Override
  public Result run(Probe probe) {
    Optional<String> osrelease = probe.file(ProcFiles.osRelease()).map(String::strip).filter(s -> !s.isEmpty());
    if (osrelease.isEmpty()) {
      return Result.skip("cannot tell the kernel: " + ProcFiles.osRelease() + " is absent or empty");
    }
    String release = osrelease.get();
    String distro = probe.env("WSL_DISTRO_NAME").orElse("<distro>");
    List<String> details = new ArrayList<>(List.of("release " + release));
    if (probe.kind() == HostKind.WSL1) {
      return Result.warn("WSL1 (" + release + "): no real Linux kernel", details,
          Fix.of("Convert the distro to WSL2 (from Windows): Go builds, tests and file access get much faster.", "wsl.exe --set-version " + distro + " 2"));
    }
    String version = probe.file(ProcFiles.version()).map(String::strip).orElse("");
    Optional<String> builder = find(BUILDER, version);
    builder.ifPresent(b -> details.add("built by " + b));
    Optional<String> year = find(BUILD_YEAR, version);
    year.ifPresent(y -> details.add("built in " + y));
    Optional<String> configured = probe.wslConfig().get("wsl2", "kernel");
    configured.ifPresent(k -> details.add(".wslconfig kernel=" + k));
    if (!isMicrosoft(release, builder) || configured.isPresent()) {
      return Result.warn("a custom WSL2 kernel (" + release + ")", details,
          Fix.of("Custom kernels miss Microsoft's fixes and WSL features. To go back, remove the kernel= line from %USERPROFILE%\\.wslconfig, then restart WSL.",
              "wsl.exe --update", "wsl.exe --shutdown"));
    }
    String plain = release.replaceFirst("-microsoft-standard(-WSL2)?$", "");
    if (!release.endsWith("-WSL2")) {
      return Result.warn("Microsoft's WSL2 kernel " + plain + year.map(y -> " from " + y).orElse("") + ", from before 5.10: years without fixes", details,
          Fix.of("Update WSL from Windows (it brings a current kernel), then restart WSL so the new kernel runs.", "wsl.exe --update", "wsl.exe --shutdown"));
    }
    Optional<String> installed = installedKernel(probe);
    installed.ifPresent(k -> details.add("wsl.exe --version reports kernel " + k + " installed"));
    if (installed.isPresent() && compareVersions(numbers(plain), numbers(installed.get())) < 0) {
      return Result.warn("the running kernel " + plain + " is older than the installed " + installed.get() + ": WSL was updated but not restarted", details,
          Fix.of("The new kernel runs only after every distro stops: restart WSL from Windows.", "wsl.exe --shutdown"));
    }
    return Result.ok("Microsoft's WSL2 kernel " + plain, details);
  }

  /** What wsl.exe (through interop) says is installed: its second line's value, e.g. 5.15.167.4-1. */
  private static Optional<String> installedKernel(Probe probe) {
    var result = probe.run("wsl.exe", "--version");
    if (!result.succeeded()) {
      return Optional.empty();
    }
    return WslOutput.of(result).valueAt(1).filter(v -> v.matches("\\d+(\\.\\d+)+(-\\d+)?"));
  }

  static int[] numbers(String version) {
    return java.util.Arrays.stream(version.replaceFirst("-.*$", "").split("\\.")).mapToInt(Integer::parseInt).toArray();
  }

  static int compareVersions(int[] a, int[] b) {
    return java.util.Arrays.compare(a, b);
  }

  /** Microsoft's name, no local-build "+", and (when /proc/version names one) a builder that is not a desktop. */
  public static boolean isMicrosoft(String release, Optional<String> builder) {
    if (!MICROSOFT_RELEASE.matcher(release).matches()) {
      return false;
    }
    return builder.map(b -> b.equals("oe-user@oe-host") || (b.startsWith("root@") && !b.matches("(?i)root@(desktop|laptop)-.*"))).orElse(true);
  }

  private static Optional<String> find(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
