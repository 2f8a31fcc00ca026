package dev.goready.release;

import java.util.regex.Pattern;

/** GOTOOLCHAIN's grammar: local, auto, path, or a toolchain name, optionally +auto or +path. */
public final class ToolchainSetting {
  private static final Pattern VALID = Pattern.compile("local|auto|path|go\\d+(\\.\\d+){1,2}((rc|beta)\\d+)?(-[\\w.-]+)?(\\+(auto|path))?");

  private ToolchainSetting() {}

  public static boolean isValid(String value) {
    return VALID.matcher(value.strip()).matches();
  }
}
