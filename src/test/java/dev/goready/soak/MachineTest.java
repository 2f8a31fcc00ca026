package dev.goready.soak;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.host.CommandResult;
import dev.goready.host.ForwardingHost;
import dev.goready.host.OsFamily;
import dev.goready.host.RealHost;
import dev.goready.testing.Fuzz;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class MachineTest {
  /** A machine that answers from the maps given: files by path, commands by argv, registry values by name. */
  static final class Answers extends ForwardingHost {
    private final OsFamily os;
    private final Map<String, String> files;
    private final Map<List<String>, String> commands;
    private final Map<String, String> env;

    Answers(OsFamily os, Map<String, String> files, Map<List<String>, String> commands, Map<String, String> env) {
      super(new RealHost());
      this.os = os;
      this.files = files;
      this.commands = commands;
      this.env = env;
    }

    @Override
    public OsFamily os() {
      return os;
    }

    @Override
    public Optional<String> readFile(Path path) {
      return Optional.ofNullable(files.get(path.toString().replace('\\', '/')));
    }

    @Override
    public Optional<String> env(String name) {
      return Optional.ofNullable(env.get(name));
    }

    @Override
    public CommandResult run(List<String> argv, Duration timeout) {
      String out = commands.get(argv);
      return out == null ? CommandResult.notFoundResult() : new CommandResult(0, out.getBytes(StandardCharsets.UTF_8), new byte[0], false, false);
    }

    @Override
    public Optional<String> registryValue(String key, String name) {
      return Optional.ofNullable(files.get(key + "\\" + name));
    }
  }

  @Test
  void linuxReadsTheModelTheLogicalCpusAndMemTotal() {
    String cpuinfo = "processor\t: 0\nvendor_id\t: AuthenticAMD\nmodel name\t: AMD EPYC 7763 64-Core Processor\n\nprocessor\t: 1\nmodel name\t: AMD EPYC 7763 64-Core Processor\n";
    Machine m = Machine.probe(new Answers(OsFamily.LINUX, Map.of("/proc/cpuinfo", cpuinfo, "/proc/meminfo", "MemTotal:       16303528 kB\nMemFree: 1 kB\n"), Map.of(), Map.of()));
    assertThat(m).isEqualTo(new Machine("AMD EPYC 7763 64-Core Processor", 2, 16303528L * 1024));
    assertThat(m.describe()).isEqualTo("AMD EPYC 7763 64-Core Processor · 2 CPUs · 15.5 GiB RAM");
  }

  @Test
  void armLinuxWithoutAModelNameAndAMachineWithoutProcSayWhatTheyKnow() {
    Machine arm = Machine.probe(new Answers(OsFamily.LINUX, Map.of("/proc/cpuinfo", "processor\t: 0\nBogoMIPS\t: 48.00\nCPU part\t: 0xd0c\n"), Map.of(), Map.of()));
    assertThat(arm).isEqualTo(new Machine("", 1, -1));
    assertThat(arm.describe()).isEqualTo("unknown CPU · 1 CPU");
    assertThat(Machine.probe(new Answers(OsFamily.LINUX, Map.of(), Map.of(), Map.of()))).isEqualTo(new Machine("", -1, -1));
  }

  @Test
  void macOsAsksSysctlAndWindowsTheRegistryAndCim() {
    Machine mac = Machine.probe(new Answers(OsFamily.DARWIN, Map.of(), Map.of(List.of("sysctl", "-n", "machdep.cpu.brand_string"), "Apple M2 Pro\n",
        List.of("sysctl", "-n", "hw.ncpu"), "12\n", List.of("sysctl", "-n", "hw.memsize"), "34359738368\n"), Map.of()));
    assertThat(mac).isEqualTo(new Machine("Apple M2 Pro", 12, 32L << 30));
    Machine windows = Machine.probe(new Answers(OsFamily.WINDOWS, Map.of(Machine.PROCESSOR_KEY + "\\ProcessorNameString", "Snapdragon(R) X Elite - X1E78100 "),
        Map.of(), Map.of("NUMBER_OF_PROCESSORS", "12")));
    assertThat(windows.cpu()).isEqualTo("Snapdragon(R) X Elite - X1E78100");
    assertThat(windows.cpus()).isEqualTo(12);
  }

  /** meminfo is outside input: whatever it holds gives a size or nothing, never an exception. */
  @Property
  @net.jqwik.api.Tag("fuzz")
  void anyMeminfoGivesASizeOrNothing(@ForAll("meminfo") String meminfo) {
    assertThat(Machine.memTotalBytes(meminfo)).satisfiesAnyOf(o -> assertThat(o).isEmpty(), o -> assertThat(o.orElseThrow()).isNotNegative());
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> meminfo() {
    return Fuzz.near(List.of("MemTotal:       16303528 kB\n", "MemTotal: 99999999999999999999 kB\n", "MemTotal:\n"));
  }
}
