package dev.goready.install;

import dev.goready.LocalIo;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes archive entries into a staging folder and nowhere else. Every name is checked by
 * {@link EntryNames}; no entry may be written through a link. Links are judged against the final
 * tree, not the part seen so far: they are only recorded while entries stream in, and
 * {@link #completeLinks()} creates them once every entry is written, refusing any link whose target
 * passes through another link of the archive (an entry later in the archive could otherwise turn a
 * folder on an earlier link's path into a link that leads out). Bytes and entries are counted as
 * they are written (not as headers claim) against {@link ExtractionLimits}.
 */
final class StagingWriter {
  private final Path root;
  private final String archive;
  private final ExtractionLimits limits;
  private final List<String> top;
  private final boolean posix;
  private final Set<List<String>> links = new HashSet<>();
  private final List<PendingLink> pending = new ArrayList<>();
  private final byte[] buffer = new byte[1 << 16];
  private long entries;
  private long totalBytes;

  StagingWriter(Path root, String archive, ExtractionLimits limits) {
    this(root, archive, limits, EntryNames.GO_ARCHIVE_TOP);
  }

  /** Entries must lie under {@code top} (folder names), which is stripped. */
  StagingWriter(Path root, String archive, ExtractionLimits limits, List<String> top) {
    this.root = root;
    this.archive = archive;
    this.limits = limits;
    this.top = List.copyOf(top);
    this.posix = Files.getFileAttributeView(root, PosixFileAttributeView.class) != null;
  }

  void directory(String name) {
    Path dir = resolve(checked(name));
    LocalIo.run(dir, () -> Files.createDirectories(dir));
  }

  void file(String name, InputStream content, int mode) throws IOException {
    writeFile(name, checked(name), content, mode);
  }

  private void writeFile(String name, List<String> segments, InputStream content, int mode) throws IOException {
    if (segments.isEmpty()) {
      throw new UnsafeArchiveException(archive, name, "is a file where the top folder should be");
    }
    Path target = resolve(segments);
    long written = 0;
    try (OutputStream out = LocalIo.run(target, () -> createFile(name, target))) {
      int n;
      while ((n = content.read(buffer)) > 0) { // a read failure is a corrupt archive, not a local problem
        written += n;
        totalBytes += n;
        if (written > limits.maxEntryBytes()) {
          throw new UnsafeArchiveException(archive, name, "expands past " + limits.maxEntryBytes() + " bytes (a decompression bomb?)");
        }
        if (totalBytes > limits.maxTotalBytes()) {
          throw new UnsafeArchiveException(archive, name, "takes the archive past " + limits.maxTotalBytes() + " bytes in all (a decompression bomb?)");
        }
        int length = n;
        LocalIo.run(target, () -> {
          out.write(buffer, 0, length);
          return null;
        });
      }
    }
    if (posix && (mode & 0111) != 0) {
      LocalIo.run(target, () -> Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x")));
    }
  }

  private OutputStream createFile(String name, Path target) throws IOException {
    Files.createDirectories(target.getParent());
    try {
      return Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException e) {
      throw new UnsafeArchiveException(archive, name, "appears twice");
    }
  }

  private record PendingLink(String name, List<String> segments, String target) {}

  /** Records a symbolic link; it is checked and created by {@link #completeLinks()}. */
  void symlink(String name, String linkTarget) {
    List<String> segments = checked(name);
    if (segments.isEmpty()) {
      throw new UnsafeArchiveException(archive, name, "is a link that replaces the top folder");
    }
    if (!links.add(segments)) {
      throw new UnsafeArchiveException(archive, name, "appears twice");
    }
    pending.add(new PendingLink(name, segments, linkTarget));
  }

  /**
   * Creates the recorded links, now that every link name is known: each must stand in a real folder,
   * point inside the tree without passing through another link, and resolve, on the disk, inside
   * the staging folder.
   */
  void completeLinks() throws IOException {
    for (PendingLink link : pending) {
      requireNoLinkOnPath(link.name(), parentOf(link.segments()));
      List<String> resolved = insideTree(link.name(), parentOf(link.segments()), link.target());
      if (resolved.equals(link.segments())) {
        throw new UnsafeArchiveException(archive, link.name(), "is a link to itself");
      }
      Path path = resolve(link.segments());
      LocalIo.run(path, () -> {
        Files.createDirectories(path.getParent());
        try {
          return Files.createSymbolicLink(path, path.getFileSystem().getPath(link.target()));
        } catch (FileAlreadyExistsException e) {
          throw new UnsafeArchiveException(archive, link.name(), "appears twice");
        } catch (InvalidPathException e) {
          throw new UnsafeArchiveException(archive, link.name(), "is a link whose target this system cannot write (" + e.getReason() + ")");
        }
      });
    }
    Path realRoot = LocalIo.run(root, () -> root.toRealPath());
    for (PendingLink link : pending) {
      Path path = resolve(link.segments());
      if (Files.exists(path) && !LocalIo.run(path, () -> path.toRealPath()).startsWith(realRoot)) {
        throw new UnsafeArchiveException(archive, link.name(), "is a link that resolves outside the toolchain");
      }
    }
    pending.clear();
  }

  /** A hard link may only repeat a regular file written earlier from this same archive. */
  void hardlink(String name, String linkTarget) throws IOException {
    List<String> segments = checked(name);
    List<String> targetSegments = EntryNames.relativeSegments(archive, linkTarget, top);
    requireNoLinkOnPath(name, targetSegments);
    Path existing = resolve(targetSegments);
    if (!Files.isRegularFile(existing, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      throw new UnsafeArchiveException(archive, name, "is a hard link to '" + linkTarget + "', which is not a file written earlier");
    }
    try (InputStream in = LocalIo.run(existing, () -> Files.newInputStream(existing))) {
      // A copy, not a link: the two names must not share an inode the archive could later rewrite.
      writeFile(name, segments, in, Files.isExecutable(existing) ? 0755 : 0644);
    }
  }

  void reject(String name, String why) {
    throw new UnsafeArchiveException(archive, name, why);
  }

  /** Validates the name, counts the entry, and refuses any path that passes through a link. */
  private List<String> checked(String name) {
    if (++entries > limits.maxEntries()) {
      throw new UnsafeArchiveException(archive, name, "takes the archive past " + limits.maxEntries() + " entries (a decompression bomb?)");
    }
    List<String> segments = EntryNames.relativeSegments(archive, name, top);
    requireNoLinkOnPath(name, segments);
    try {
      resolve(segments);
    } catch (InvalidPathException e) {
      // Under LANG=C the JVM maps file names to ASCII; a name it cannot map is no Go file anyway.
      throw new UnsafeArchiveException(archive, name, "is not a file name this system can write (" + e.getReason() + ")");
    }
    return segments;
  }

  private void requireNoLinkOnPath(String name, List<String> segments) {
    linkOnPath(segments).ifPresent(link -> {
      throw new UnsafeArchiveException(archive, name, "would be written through the link '" + link + "'");
    });
  }

  /** The first link an archive made that lies on this path: following it could lead anywhere. */
  private java.util.Optional<String> linkOnPath(List<String> segments) {
    for (int i = 1; i <= segments.size(); i++) {
      if (links.contains(segments.subList(0, i))) {
        return java.util.Optional.of(String.join("/", segments.subList(0, i)));
      }
    }
    return java.util.Optional.empty();
  }

  private List<String> insideTree(String name, List<String> base, String linkTarget) {
    if (linkTarget.isEmpty() || linkTarget.startsWith("/") || linkTarget.indexOf('\\') >= 0
        || (linkTarget.length() >= 2 && linkTarget.charAt(1) == ':')) {
      throw new UnsafeArchiveException(archive, name, "is a link to '" + linkTarget + "', outside the toolchain");
    }
    List<String> resolved = new ArrayList<>(base);
    for (String segment : linkTarget.split("/")) {
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      if (segment.equals("..")) {
        if (resolved.isEmpty()) {
          throw new UnsafeArchiveException(archive, name, "is a link to '" + linkTarget + "', which leaves the toolchain");
        }
        resolved.removeLast();
      } else {
        resolved.add(segment);
        linkOnPath(resolved).ifPresent(link -> {
          throw new UnsafeArchiveException(archive, name, "is a link that points through the link '" + link + "'");
        });
      }
    }
    return resolved;
  }

  private static List<String> parentOf(List<String> segments) {
    return segments.isEmpty() ? List.of() : segments.subList(0, segments.size() - 1);
  }

  private Path resolve(List<String> segments) {
    Path path = root;
    for (String segment : segments) {
      path = path.resolve(segment);
    }
    return path;
  }
}
