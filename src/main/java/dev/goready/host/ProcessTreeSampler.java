package dev.goready.host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Samples a child's whole process tree at a fixed interval: resident memory, CPU time and I/O wait
 * (block I/O delay) from /proc on Linux and WSL (summed over descendants), I/O bytes where
 * /proc/PID/io is readable, and free system memory. Elsewhere the JDK's process API gives CPU time
 * only. Reading a few small /proc files per process per second costs far under 1% of a core.
 */
final class ProcessTreeSampler implements AutoCloseable {
  static final double CLOCK_TICKS = 100.0;
  private static final long PAGE_SIZE = 4096;

  private final Thread thread;
  private volatile boolean stopped;

  ProcessTreeSampler(ProcessHandle root, long intervalMillis, Consumer<ProcessSample> sink) {
    this.thread = Thread.ofPlatform().daemon().name("process-tree-sampler").start(() -> {
      while (!stopped && root.isAlive()) {
        sink.accept(sample(root));
        try {
          Thread.sleep(intervalMillis);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
  }

  static ProcessSample sample(ProcessHandle root) {
    List<ProcessHandle> tree = new ArrayList<>();
    tree.add(root);
    root.descendants().forEach(tree::add);
    long rss = 0;
    double cpu = 0;
    long read = 0;
    long write = 0;
    double ioWait = 0;
    boolean proc = Files.isDirectory(Path.of(ProcFiles.self()));
    for (ProcessHandle process : tree) {
      if (proc) {
        long[] stat = procStat(process.pid());
        rss += stat[0] * PAGE_SIZE;
        cpu += stat[1] / CLOCK_TICKS;
        ioWait += stat[2] / CLOCK_TICKS;
        long[] io = procIo(process.pid());
        read += io[0];
        write += io[1];
      } else {
        cpu += process.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
      }
    }
    return new ProcessSample(System.currentTimeMillis(), tree.size(), proc ? rss : -1, cpu,
        proc ? read : -1, proc ? write : -1, proc ? ioWait : -1, memAvailable());
  }

  /** A stat line's fields after the ")" that ends the command name (which may itself hold spaces and parentheses). */
  static String[] statFields(String stat) {
    return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
  }

  /** /proc/PID/stat: utime, stime, cutime, cstime are fields 14-17, rss is 24. */
  private static long[] procStat(long pid) {
    try {
      String[] f = statFields(Files.readString(Path.of(ProcFiles.process(pid, "stat"))));
      // utime+stime, plus cutime+cstime: the children it has already waited for (compile, link) no longer show in the tree
      long ioWaitTicks = f.length > 39 ? Long.parseLong(f[39]) : 0; // delayacct_blkio_ticks, field 42
      return new long[] {Long.parseLong(f[21]), Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]), ioWaitTicks};
    } catch (IOException | RuntimeException e) {
      return new long[] {0, 0, 0}; // the process ended between listing and reading
    }
  }

  private static long[] procIo(long pid) {
    long read = 0;
    long write = 0;
    try {
      for (String line : Files.readAllLines(Path.of(ProcFiles.process(pid, "io")))) {
        if (line.startsWith("read_bytes:")) {
          read = Long.parseLong(line.substring(11).strip());
        } else if (line.startsWith("write_bytes:")) {
          write = Long.parseLong(line.substring(12).strip());
        }
      }
    } catch (IOException | RuntimeException e) {
      // /proc/PID/io needs the same user (or is absent in some containers): reported as 0
    }
    return new long[] {read, write};
  }

  private static long memAvailable() {
    try {
      for (String line : Files.readAllLines(Path.of(ProcFiles.memInfo()))) {
        if (line.startsWith("MemAvailable:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return -1;
  }

  @Override
  public void close() {
    stopped = true;
    thread.interrupt();
    try {
      thread.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
