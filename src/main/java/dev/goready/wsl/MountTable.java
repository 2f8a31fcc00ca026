package dev.goready.wsl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** /proc/mounts: which file system a path lives on. Mount points are octal-escaped (\040 for a space). */
public record MountTable(List<Mount> mounts) {
  private static final Pattern DRIVE = Pattern.compile("^([A-Za-z]):");

  public record Mount(String device, String mountPoint, String type, String options) {
    /** A Windows drive inside WSL: drvfs (WSL1, old WSL2) or 9p with aname=drvfs (WSL2). */
    public boolean isWindowsDrive() {
      return type.equals("drvfs") || (type.equals("9p") && options.contains("aname=drvfs"));
    }

    public String describe() {
      return mountPoint + " (" + type + (isWindowsDrive() ? ", a Windows drive" : "") + ")";
    }
  }

  public static MountTable parse(String text) {
    List<Mount> mounts = new ArrayList<>();
    for (String line : text.split("\\R")) {
      String[] fields = line.trim().split("\\s+");
      if (fields.length >= 4) {
        mounts.add(new Mount(unescape(fields[0]), unescape(fields[1]), fields[2], fields[3]));
      }
    }
    return new MountTable(List.copyOf(mounts));
  }

  public static String unescape(String field) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == '\\' && i + 3 < field.length() && field.substring(i + 1, Math.min(i + 4, field.length())).matches("[0-7]{3}")) {
        out.append((char) Integer.parseInt(field.substring(i + 1, i + 4), 8));
        i += 3;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The Windows path of a path on a Windows drive ("/mnt/c/Users/ann/go" → "C:\\Users\\ann\\go"), from
   * the drive the mount names (device "C:\\" under 9p, "C:" under WSL1's drvfs), whatever the automount
   * root; empty for a path on any other file system.
   */
  public Optional<String> windowsPath(String path) {
    return mountFor(path).filter(Mount::isWindowsDrive).flatMap(m -> {
      Matcher drive = DRIVE.matcher(m.device());
      if (!drive.find()) {
        return Optional.empty();
      }
      String rest = path.substring(Math.min(path.length(), m.mountPoint().length())).replaceFirst("^/+", "").replace('/', '\\');
      return Optional.of(drive.group(1).toUpperCase(java.util.Locale.ROOT) + ":\\" + rest);
    });
  }

  /** The mount a path is on: the longest mount point that contains it (the last one wins on ties, as the kernel stacks them). */
  public Optional<Mount> mountFor(String path) {
    return mounts.stream()
        .filter(m -> path.equals(m.mountPoint()) || path.startsWith(m.mountPoint().endsWith("/") ? m.mountPoint() : m.mountPoint() + "/"))
        .max(Comparator.comparingInt((Mount m) -> m.mountPoint().length()).thenComparingInt(mounts::indexOf));
  }
}
