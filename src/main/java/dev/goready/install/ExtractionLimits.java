package dev.goready.install;

/**
 * Ceilings that stop a decompression bomb. An official Go archive holds ~15,000 entries and ~300 MB;
 * these leave generous room while refusing archives built to fill the disk.
 */
public record ExtractionLimits(long maxEntries, long maxTotalBytes, long maxEntryBytes) {
  public static final ExtractionLimits DEFAULT = new ExtractionLimits(200_000, 4L << 30, 1L << 30);
}
