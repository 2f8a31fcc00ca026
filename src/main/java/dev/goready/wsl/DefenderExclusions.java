package dev.goready.wsl;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Defender exclusions that make Go builds fast on Windows: Go's folders, and the toolchain's
 * programs (go.exe, and compile/link/asm, which read and write every object file).
 */
public final class DefenderExclusions {
  private DefenderExclusions() {}

  public static List<String> commands(String goroot, String goarch, List<String> folders) {
    List<String> commands = new ArrayList<>();
    Set<String> unique = new LinkedHashSet<>(folders);
    unique.add(goroot);
    unique.forEach(folder -> commands.add("Add-MpPreference -ExclusionPath " + quote(folder)));
    String tools = goroot + "\\pkg\\tool\\windows_" + goarch + "\\";
    for (String process : List.of(goroot + "\\bin\\go.exe", tools + "compile.exe", tools + "link.exe", tools + "asm.exe")) {
      commands.add("Add-MpPreference -ExclusionProcess " + quote(process));
    }
    return commands;
  }

  private static String quote(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
