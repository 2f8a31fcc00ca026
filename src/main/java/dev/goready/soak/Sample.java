package dev.goready.soak;

import dev.goready.host.ProcessSample;
import dev.goready.host.ThisProcess;

/**
 * One look at the running step's process tree and the machine, and at goready itself (the observer's
 * cost: its RSS and CPU seconds so far). -1 where the OS does not say.
 */
public record Sample(long epochMillis, int cycle, String step, int processes, long rssBytes, double cpuSeconds,
    long ioReadBytes, long ioWriteBytes, double ioWaitSeconds, long systemAvailableBytes, long cacheFreeBytes,
    long goreadyRssBytes, double goreadyCpuSeconds) {

  /** The host's look at the tree, placed in its cycle and step, with GOCACHE's free space and goready's own use seen at the same moment. */
  static Sample of(ProcessSample s, int cycle, String step, long cacheFreeBytes) {
    return new Sample(s.epochMillis(), cycle, step, s.processes(), s.rssBytes(), s.cpuSeconds(), s.ioReadBytes(), s.ioWriteBytes(),
        s.ioWaitSeconds(), s.systemAvailableBytes(), cacheFreeBytes, ThisProcess.residentBytes().orElse(-1),
        ThisProcess.cpuTime().map(d -> d.toNanos() / 1e9).orElse(-1.0));
  }
}
