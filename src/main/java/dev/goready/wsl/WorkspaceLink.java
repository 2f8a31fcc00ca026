package dev.goready.wsl;

import java.util.List;

/**
 * Gives Windows editors the WSL source tree without moving it to /mnt/c: the \\wsl.localhost UNC path,
 * a Windows shortcut to it, and VS Code's Remote-WSL command. A directory junction cannot point at a
 * UNC path (junctions are local-volume only), so the link is a shortcut, or a symbolic link where
 * Developer Mode allows one.
 */
public final class WorkspaceLink {
  private WorkspaceLink() {}

  public static String uncPath(String distro, String linuxPath) {
    return "\\\\wsl.localhost\\" + distro + linuxPath.replace('/', '\\');
  }

  /** PowerShell that creates "<name> (WSL).lnk" on the Desktop pointing at the UNC path. */
  public static String shortcutCommand(String windowsProfile, String name, String unc) {
    String lnk = windowsProfile + "\\Desktop\\" + name + " (WSL).lnk";
    return "$s = (New-Object -ComObject WScript.Shell).CreateShortcut('" + lnk.replace("'", "''") + "'); $s.TargetPath = '"
        + unc.replace("'", "''") + "'; $s.Save()";
  }

  public static List<String> commands(String distro, String linuxPath, String windowsProfile) {
    String name = linuxPath.substring(linuxPath.lastIndexOf('/') + 1);
    String unc = uncPath(distro, linuxPath);
    return List.of(
        shortcutCommand(windowsProfile, name, unc),
        "cmd /c mklink /D \"" + windowsProfile + "\\" + name + "-wsl\" \"" + unc + "\"   # needs Developer Mode or an elevated terminal",
        "code --remote wsl+" + distro + " " + linuxPath);
  }
}
