package dev.goready.host;

/** What the file-system checks judge about a folder: its free space and whether goready's user may write there. */
public record PathStatus(long freeBytes, boolean writable) {}
