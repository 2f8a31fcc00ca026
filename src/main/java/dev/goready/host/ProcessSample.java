package dev.goready.host;

/** One look at a spawned step's whole process tree and the machine's free memory. -1 where the OS does not say. */
public record ProcessSample(long epochMillis, int processes, long rssBytes, double cpuSeconds, long ioReadBytes, long ioWriteBytes,
    double ioWaitSeconds, long systemAvailableBytes) {}
