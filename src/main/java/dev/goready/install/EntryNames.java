package dev.goready.install;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns an archive entry name into a safe path relative to the new GOROOT, stripping the top
 * folder ({@code go/} in go.dev archives, {@code golang.org/toolchain@v0.0.1-.../} in module zips). Rejected: absolute names, drive letters, backslashes (a Windows separator
 * smuggled into a Unix name), NUL, and any {@code ..} segment.
 */
final class EntryNames {
  static final List<String> GO_ARCHIVE_TOP = List.of("go");

  private EntryNames() {}

  /** The segments below {@code top}; empty for the top folder itself. */
  static List<String> relativeSegments(String archive, String name, List<String> top) {
    String why = problem(name).orElse(null);
    if (why != null) {
      throw new UnsafeArchiveException(archive, name, why);
    }
    List<String> segments = new ArrayList<>();
    for (String segment : name.split("/")) {
      if (!segment.isEmpty() && !segment.equals(".")) {
        segments.add(segment);
      }
    }
    if (segments.size() < top.size() || !segments.subList(0, top.size()).equals(top)) {
      throw new UnsafeArchiveException(archive, name, "is not under the top folder " + String.join("/", top) + "/");
    }
    return List.copyOf(segments.subList(top.size(), segments.size()));
  }

  private static Optional<String> problem(String name) {
    if (name.isEmpty()) {
      return Optional.of("has an empty name");
    }
    if (name.indexOf('\0') >= 0) {
      return Optional.of("contains a NUL character");
    }
    if (name.startsWith("/")) {
      return Optional.of("is an absolute path");
    }
    if (name.indexOf('\\') >= 0) {
      return Optional.of("contains a backslash");
    }
    if (name.length() >= 2 && Character.isLetter(name.charAt(0)) && name.charAt(1) == ':') {
      return Optional.of("starts with a drive letter");
    }
    for (String segment : name.split("/")) {
      if (segment.equals("..")) {
        return Optional.of("climbs out with '..'");
      }
    }
    return Optional.empty();
  }
}
