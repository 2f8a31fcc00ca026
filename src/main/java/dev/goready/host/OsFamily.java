package dev.goready.host;

import java.util.Locale;
import java.util.Optional;

/**
 * The operating systems goready knows, named as Go names them (GOOS), each with the conventions
 * the rest of goready asks about instead of testing for Windows: adding an OS means answering them
 * all here, in one line.
 */
public enum OsFamily {
  LINUX("linux", ".netrc", "\n", Optional.empty(), false),
  WINDOWS("windows", "_netrc", "\r\n", Optional.of("Windows-ROOT"), true),
  DARWIN("darwin", ".netrc", "\n", Optional.of("KeychainStore"), false),
  FREEBSD("freebsd", ".netrc", "\n", Optional.empty(), false);

  private final String goos;
  private final String netrcName;
  private final String lineSeparator;
  private final Optional<String> trustStore;
  private final boolean windowsShell;

  OsFamily(String goos, String netrcName, String lineSeparator, Optional<String> trustStore, boolean windowsShell) {
    this.goos = goos;
    this.netrcName = netrcName;
    this.lineSeparator = lineSeparator;
    this.trustStore = trustStore;
    this.windowsShell = windowsShell;
  }

  public String goos() {
    return goos;
  }

  /** The credentials file in the home folder that curl and cmd/go read (_netrc on Windows). */
  public String netrcName() {
    return netrcName;
  }

  /** Line ends in files its native editors write (PowerShell profiles on Windows: CRLF). */
  public String lineSeparator() {
    return lineSeparator;
  }

  /** The OS certificate store the JDK can open as a KeyStore type, where there is one. */
  public Optional<String> trustStore() {
    return trustStore;
  }

  /**
   * Windows' ways: current is a junction (symlinks need developer mode), the user environment lives
   * in HKCU\Environment, and PATH lists are separated by ';'.
   */
  public boolean windowsConventions() {
    return windowsShell;
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
