package dev.goready.soak;

import dev.goready.host.ProcessSample;

/** One look at the running step's process tree and the machine. -1 where the OS does not say. */
public record Sample(long epochMillis, int cycle, String step, int processes, long rssBytes, double cpuSeconds,
    long ioReadBytes, long ioWriteBytes, double ioWaitSeconds, long systemAvailableBytes, long cacheFreeBytes) {

  /** The host's look at the tree, placed in its cycle and step, with GOCACHE's free space seen at the same moment. */
  static Sample of(ProcessSample s, int cycle, String step, long cacheFreeBytes) {
    return new Sample(s.epochMillis(), cycle, step, s.processes(), s.rssBytes(), s.cpuSeconds(), s.ioReadBytes(), s.ioWriteBytes(),
        s.ioWaitSeconds(), s.systemAvailableBytes(), cacheFreeBytes);
  }
}
