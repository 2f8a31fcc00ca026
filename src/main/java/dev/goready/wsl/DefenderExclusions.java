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
    unique.forEach(folder -> commands.add(excludePath(folder)));
    processes(goroot, goarch).forEach(process -> commands.add(excludeProcess(process)));
    return commands;
  }

  /** The toolchain's programs that open every source and object file of a build. */
  public static List<String> processes(String goroot, String goarch) {
    String tools = goroot + "\\pkg\\tool\\windows_" + goarch + "\\";
    return List.of(goroot + "\\bin\\go.exe", tools + "compile.exe", tools + "link.exe", tools + "asm.exe");
  }

  public static String excludePath(String folder) {
    return "Add-MpPreference -ExclusionPath " + quote(folder);
  }

  public static String excludeProcess(String process) {
    return "Add-MpPreference -ExclusionProcess " + quote(process);
  }

  private static String quote(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
