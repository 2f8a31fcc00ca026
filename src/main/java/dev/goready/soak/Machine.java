package dev.goready.soak;

import dev.goready.host.Host;
import dev.goready.host.ProcFiles;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The hardware a soak ran on, for the report's header: CPU model, logical CPUs, RAM. Unknown is "" and -1. */
record Machine(String cpu, int cpus, long memoryBytes) {
  private static final Duration ASK = Duration.ofSeconds(10);
  static final String PROCESSOR_KEY = "HKLM\\HARDWARE\\DESCRIPTION\\System\\CentralProcessor\\0";

  static Machine probe(Host host) {
    return switch (host.os()) {
      case LINUX, FREEBSD -> linux(host);
      case DARWIN -> new Machine(sysctl(host, "machdep.cpu.brand_string"), (int) number(sysctl(host, "hw.ncpu")), number(sysctl(host, "hw.memsize")));
      case WINDOWS -> new Machine(host.registryValue(PROCESSOR_KEY, "ProcessorNameString").orElse("").strip(),
          (int) number(host.env("NUMBER_OF_PROCESSORS").orElse("")),
          number(host.powershell("(Get-CimInstance Win32_ComputerSystem).TotalPhysicalMemory", ASK).stdoutText()));
    };
  }

  private static Machine linux(Host host) {
    List<String> cpuinfo = host.readFile(Path.of(ProcFiles.cpuInfo())).map(String::lines).map(l -> l.toList()).orElse(List.of());
    String model = cpuinfo.stream().filter(l -> l.startsWith("model name") || l.startsWith("Model") || l.startsWith("Hardware"))
        .map(l -> l.substring(l.indexOf(':') + 1).strip()).filter(v -> !v.isEmpty()).findFirst().orElse("");
    int cpus = (int) cpuinfo.stream().filter(l -> l.matches("processor\\s*:.*")).count();
    long memory = host.readFile(Path.of(ProcFiles.memInfo())).flatMap(Machine::memTotalBytes).orElse(-1L);
    return new Machine(model, cpus == 0 ? -1 : cpus, memory);
  }

  static Optional<Long> memTotalBytes(String meminfo) {
    return meminfo.lines().filter(l -> l.startsWith("MemTotal:")).findFirst()
        .map(l -> l.replaceAll("[^0-9]", "")).filter(v -> !v.isEmpty() && v.length() < 16).map(v -> Long.parseLong(v) * 1024);
  }

  private static String sysctl(Host host, String name) {
    var result = host.run(List.of("sysctl", "-n", name), ASK);
    return result.succeeded() ? result.stdoutText().strip() : "";
  }

  private static long number(String text) {
    String digits = text.strip();
    return digits.matches("[0-9]{1,18}") ? Long.parseLong(digits) : -1;
  }

  /** "Intel(R) Xeon(R) … · 16 CPUs · 62.8 GiB RAM", leaving out what is unknown. */
  String describe() {
    StringBuilder text = new StringBuilder(cpu.isEmpty() ? "unknown CPU" : cpu);
    if (cpus > 0) {
      text.append(" · ").append(cpus).append(cpus == 1 ? " CPU" : " CPUs");
    }
    if (memoryBytes > 0) {
      text.append(String.format(java.util.Locale.ROOT, " · %.1f GiB RAM", memoryBytes / 1073741824.0));
    }
    return text.toString();
  }
}
