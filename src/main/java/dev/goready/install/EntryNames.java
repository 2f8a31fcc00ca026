package dev.goready.install;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns an archive entry name into a safe path relative to the new GOROOT, stripping the top
 * {@code go/} folder. Rejected: absolute names, drive letters, backslashes (a Windows separator
 * smuggled into a Unix name), NUL, and any {@code ..} segment.
 */
final class EntryNames {
  static final String TOP = "go";

  private EntryNames() {}

  /** The segments below {@code go/}; empty for the {@code go/} folder itself. */
  static List<String> relativeSegments(String archive, String name) {
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
    if (segments.isEmpty() || !segments.getFirst().equals(TOP)) {
      throw new UnsafeArchiveException(archive, name, "is not under the top folder go/ that Go archives use");
    }
    return List.copyOf(segments.subList(1, segments.size()));
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
