package dev.goready.doctor;

/** A check's result as reported: which check, what it found, how long it took. */
public record CheckReport(String id, String area, Result result, long ms) {}
