package dev.goready.doctor.checks;

import dev.goready.doctor.Check;
import dev.goready.doctor.Fix;
import dev.goready.doctor.Probe;
import dev.goready.doctor.Result;
import dev.goready.host.CommandResult;
import dev.goready.host.HostKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The GPU as Go programs using CUDA would see it: in WSL through /dev/dxg and Windows' libcuda in
 * /usr/lib/wsl/lib, on Linux through /dev/nvidia*; nvidia-smi names the GPUs, driver and CUDA version.
 * No GPU is skip, never fail.
 */
public final class GpuCheck implements Check {
  private static final Pattern DRIVER = Pattern.compile("Driver Version:\\s*(\\S+)");
  private static final Pattern CUDA = Pattern.compile("CUDA Version:\\s*(\\S+)");
  private static final Pattern GPU_LINE = Pattern.compile("^GPU \\d+: (.+?)(?: \\(UUID: .*\\))?$");

  @Override
  public String id() {
    return "wsl.gpu";
  }

  @Override
  public Set<HostKind> machines() {
    return Set.of(HostKind.WINDOWS, HostKind.WSL1, HostKind.WSL2, HostKind.LINUX);
  }

  @Override
  public String notHere(HostKind kind) {
    return "macOS has no CUDA GPUs";
  }

  @Override
  public Result run(Probe probe) {
    List<String> details = new ArrayList<>();
    boolean dxg = probe.host().exists(Path.of("/dev/dxg"));
    List<String> libcuda = probe.host().list(Path.of("/usr/lib/wsl/lib")).stream().filter(n -> n.startsWith("libcuda.so")).toList();
    List<String> nvidiaDevices = probe.host().list(Path.of("/dev")).stream().filter(n -> n.matches("nvidia\\d+")).toList();
    if (probe.kind().isWsl()) {
      details.add("/dev/dxg: " + (dxg ? "present" : "absent"));
      details.add("/usr/lib/wsl/lib: " + (libcuda.isEmpty() ? "no libcuda" : String.join(", ", libcuda)));
    } else if (probe.kind() == HostKind.LINUX) {
      details.add("/dev/nvidia*: " + (nvidiaDevices.isEmpty() ? "none" : String.join(", ", nvidiaDevices)));
    }
    Optional<CommandResult> smiList = nvidiaSmi(probe, "-L");
    boolean anySign = dxg || !libcuda.isEmpty() || !nvidiaDevices.isEmpty() || smiList.isPresent();
    if (!anySign) {
      return Result.skip("no GPU exposed to this " + (probe.kind().isWsl() ? "distro" : "machine"));
    }
    if (smiList.isEmpty() || !smiList.get().succeeded()) {
      String error = smiList.map(r -> (r.stdoutText() + r.stderrText()).strip()).orElse("nvidia-smi not found");
      details.add("nvidia-smi: " + error);
      if (probe.kind().isWsl() && libcuda.isEmpty() && smiList.isEmpty()) {
        return Result.ok("a GPU is exposed through /dev/dxg, without NVIDIA's CUDA library", details);
      }
      return classify(probe, error, details);
    }
    List<String> gpus = smiList.get().stdoutText().lines().map(String::strip)
        .map(GPU_LINE::matcher).filter(Matcher::matches).map(m -> m.group(1)).toList();
    String header = nvidiaSmi(probe).map(CommandResult::stdoutText).orElse("");
    String driver = find(DRIVER, header).orElse("?");
    String cuda = find(CUDA, header).orElse("?");
    details.add("driver " + driver + ", CUDA " + cuda);
    gpus.forEach(g -> details.add("GPU: " + g));
    String summary = (gpus.isEmpty() ? "NVIDIA GPU" : String.join(", ", gpus)) + " — driver " + driver + ", CUDA " + cuda;
    if (cuda.startsWith("ERR")) {
      return Result.warn(summary, details, driverFix(probe));
    }
    return Result.ok(summary, details);
  }

  /** nvidia-smi's own failure texts, each with the fix that applies to it. */
  private static Result classify(Probe probe, String error, List<String> details) {
    String text = error.toLowerCase(java.util.Locale.ROOT);
    boolean shadowingDriver = probe.kind().isWsl() && (probe.host().exists(Path.of("/usr/bin/nvidia-smi"))
        || !probe.host().list(Path.of("/usr/lib/x86_64-linux-gnu")).stream().filter(n -> n.startsWith("libcuda.so")).toList().isEmpty());
    if (shadowingDriver) {
      details.add("a Linux NVIDIA driver (nvidia-utils or libnvidia-compute) is installed inside the distro and shadows /usr/lib/wsl/lib");
    }
    if (text.contains("blocked by the operating system")) {
      return Result.warn("nvidia-smi: GPU access blocked by the operating system", details,
          Fix.of("Windows refuses the GPU to WSL: update NVIDIA's Windows driver and WSL, check that the GPU is not disabled for WSL by policy, then restart WSL.", "wsl.exe --update", "wsl.exe --shutdown"));
    }
    if (text.contains("tcc") || text.contains("no devices were found")) {
      return Result.warn("nvidia-smi finds no usable GPU: a data-centre GPU in TCC mode is invisible to WSL", details,
          Fix.of("Switch the GPU to WDDM mode from an administrator terminal on Windows (nvidia-smi -g 0 -dm 0), reboot, then restart WSL.", "nvidia-smi -g 0 -dm 0"));
    }
    if (shadowingDriver) {
      return Result.warn("a Linux NVIDIA driver inside WSL shadows Windows' driver: " + firstLine(error), details,
          Fix.of("In WSL the driver is Windows': remove the Linux driver packages from the distro, then restart WSL.",
              "sudo apt-get remove --purge 'nvidia-utils-*' 'libnvidia-compute-*'", "wsl.exe --shutdown"));
    }
    if (text.contains("couldn't communicate with the nvidia driver") || text.contains("driver/library version mismatch")) {
      return Result.warn("nvidia-smi cannot talk to the NVIDIA driver: " + firstLine(error), details, driverFix(probe));
    }
    return Result.warn("a GPU is present but nvidia-smi cannot talk to it: " + firstLine(error), details, driverFix(probe));
  }

  private static String firstLine(String text) {
    return text.lines().findFirst().orElse("").strip();
  }

  /** In WSL, nvidia-smi lives in /usr/lib/wsl/lib, which is not always on PATH. */
  private static Optional<CommandResult> nvidiaSmi(Probe probe, String... args) {
    for (String program : probe.kind().isWsl() ? List.of("nvidia-smi", "/usr/lib/wsl/lib/nvidia-smi") : List.of("nvidia-smi")) {
      List<String> argv = new ArrayList<>(List.of(program));
      argv.addAll(List.of(args));
      CommandResult result = probe.host().run(argv, probe.options().timeout());
      if (!result.notFound()) {
        return Optional.of(result);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> find(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static Fix driverFix(Probe probe) {
    return probe.kind().isWsl()
        ? Fix.of("In WSL the GPU driver is Windows': install or update NVIDIA's Windows driver (never a Linux driver inside the distro), then restart WSL.", "wsl.exe --shutdown")
        : Fix.of("The kernel module and the user-space driver disagree or are missing: reinstall the NVIDIA driver and reboot.", "nvidia-smi", "sudo dmesg | grep -i nvidia");
  }
}
