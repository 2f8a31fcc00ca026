package dev.goready.wsl;

import dev.goready.host.Host;
import dev.goready.host.ProcFiles;
import java.util.Optional;

/** From inside WSL2 (NAT): the Windows host is the default gateway in /proc/net/route. */
public final class WindowsHost {
  private WindowsHost() {}

  /** /proc/net/route's default route (destination 00000000); its gateway is little-endian hex. */
  public static Optional<String> address(Host host) {
    for (String line : host.readFile(host.path(ProcFiles.netRoute())).orElse("").split("\\R")) {
      String[] fields = line.trim().split("\\s+");
      if (fields.length >= 3 && fields[1].equals("00000000") && fields[2].matches("[0-9A-Fa-f]{8}") && !fields[2].equals("00000000")) {
        long gateway = Long.parseLong(fields[2], 16);
        return Optional.of((gateway & 0xff) + "." + ((gateway >> 8) & 0xff) + "." + ((gateway >> 16) & 0xff) + "." + ((gateway >> 24) & 0xff));
      }
    }
    return Optional.empty();
  }
}
