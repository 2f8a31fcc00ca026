package dev.goready.config;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.host.Host;
import dev.goready.host.OsFamily;
import java.nio.file.Path;

/**
 * The home folder goready env edits, as the user's shells name it ($HOME, %USERPROFILE%). Never the
 * passwd entry's or the JVM's guess, and never created: a wrong HOME would put profiles where no
 * shell reads them.
 */
public final class UserHome {
  private UserHome() {}

  public static Path require(Host host) {
    String name = host.os() == OsFamily.WINDOWS ? "USERPROFILE" : "HOME";
    String hint = host.os() == OsFamily.WINDOWS ? "set USERPROFILE to your profile folder, e.g. C:\\Users\\you" : "export HOME=/home/you (the folder your shells start in)";
    String value = host.env(name).orElse("");
    if (value.isBlank()) {
      throw new GoreadyException(ExitCode.USAGE, name + " is not set; goready env edits the startup files in your home folder", hint);
    }
    Path home = host.path(value);
    if (!home.isAbsolute()) {
      throw new GoreadyException(ExitCode.USAGE, name + "=" + value + " is not an absolute path", hint);
    }
    if (!host.exists(home)) {
      throw new GoreadyException(ExitCode.USAGE, name + "=" + value + " does not exist; goready does not create home folders", hint);
    }
    return home;
  }
}
