package dev.goready.host;

import java.util.Locale;

/** The operating systems goready knows, named as Go names them (GOOS). */
public enum OsFamily {
  LINUX("linux"),
  WINDOWS("windows"),
  DARWIN("darwin"),
  FREEBSD("freebsd");

  private final String goos;

  OsFamily(String goos) {
    this.goos = goos;
  }

  public String goos() {
    return goos;
  }

  /** Maps the JVM's {@code os.name} ("Windows 11", "Mac OS X", "Linux") to a family. */
  public static OsFamily fromOsName(String osName) {
    String name = osName.toLowerCase(Locale.ROOT);
    if (name.startsWith("windows")) {
      return WINDOWS;
    }
    if (name.startsWith("mac") || name.startsWith("darwin")) {
      return DARWIN;
    }
    if (name.startsWith("freebsd")) {
      return FREEBSD;
    }
    return LINUX;
  }

  /** Accepts a GOOS name ("linux", "windows", "darwin") or the alias "macos". */
  public static OsFamily fromGoos(String goos) {
    String name = goos.toLowerCase(Locale.ROOT);
    for (OsFamily family : values()) {
      if (family.goos.equals(name)) {
        return family;
      }
    }
    if (name.equals("macos")) {
      return DARWIN;
    }
    throw new IllegalArgumentException("unknown operating system '" + goos + "'");
  }
}
