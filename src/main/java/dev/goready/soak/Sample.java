package dev.goready.soak;

/** One look at the running step's process tree and the machine. -1 where the OS does not say. */
public record Sample(long epochMillis, int cycle, String step, int processes, long rssBytes, double cpuSeconds,
    long ioReadBytes, long ioWriteBytes, double ioWaitSeconds, long systemAvailableBytes, long cacheFreeBytes) {}
