package dev.goready.host;

/** How a spawned step ended: its exit status (-1 when killed, 127 when it never started), wall time, and whether it overran. */
public record ProcessOutcome(int exit, double seconds, boolean timedOut) {}
