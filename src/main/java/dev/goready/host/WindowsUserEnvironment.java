package dev.goready.host;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.WString;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import com.sun.jna.win32.StdCallLibrary;
import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.config.EnvPlanner;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * HKCU\Environment through the Win32 registry API (JNA), read raw and written with its type kept.
 * Cannot run on Linux CI: {@link EnvPlanner}'s PATH logic is tested against an in-memory one.
 */
public final class WindowsUserEnvironment implements UserEnvironment {
  private static final Pointer HKEY_CURRENT_USER = Pointer.createConstant(0x80000001);
  private static final String KEY = "Environment";
  private static final int KEY_READ = 0x20019;
  private static final int KEY_WRITE = 0x20006;
  private static final int REG_SZ = 1;
  private static final int REG_EXPAND_SZ = 2;
  private static final int ERROR_FILE_NOT_FOUND = 2;
  private static final int HWND_BROADCAST = 0xFFFF;
  private static final int WM_SETTINGCHANGE = 0x001A;
  private static final int SMTO_ABORTIFHUNG = 0x0002;

  interface Advapi32 extends StdCallLibrary {
    int RegOpenKeyExW(Pointer key, WString subKey, int options, int access, PointerByReference result);

    int RegQueryValueExW(Pointer key, WString name, Pointer reserved, IntByReference type, byte[] data, IntByReference size);

    int RegSetValueExW(Pointer key, WString name, int reserved, int type, byte[] data, int size);

    int RegDeleteValueW(Pointer key, WString name);

    int RegCloseKey(Pointer key);
  }

  interface User32 extends StdCallLibrary {
    Pointer SendMessageTimeoutW(Pointer window, int message, Pointer wParam, WString lParam, int flags, int timeoutMs, PointerByReference result);
  }

  private final Advapi32 advapi32 = Native.load("advapi32", Advapi32.class);
  private final User32 user32 = Native.load("user32", User32.class);

  @Override
  public Optional<Value> read(String name) {
    Pointer key = open(KEY_READ);
    try {
      IntByReference type = new IntByReference();
      IntByReference size = new IntByReference();
      int status = advapi32.RegQueryValueExW(key, new WString(name), null, type, null, size);
      if (status == ERROR_FILE_NOT_FOUND) {
        return Optional.empty();
      }
      check(status, "read " + name);
      byte[] data = new byte[size.getValue()];
      check(advapi32.RegQueryValueExW(key, new WString(name), null, type, data, size), "read " + name);
      String text = new String(data, 0, size.getValue(), StandardCharsets.UTF_16LE).replaceFirst("\u0000+$", "");
      Type kind = switch (type.getValue()) {
        case REG_SZ -> Type.REG_SZ;
        case REG_EXPAND_SZ -> Type.REG_EXPAND_SZ;
        default -> Type.OTHER;
      };
      return Optional.of(new Value(text, kind));
    } finally {
      advapi32.RegCloseKey(key);
    }
  }

  @Override
  public void write(String name, Value value) {
    if (value.type() == Type.OTHER) {
      throw new IllegalArgumentException("only string values are written");
    }
    byte[] data = (value.data() + "\u0000").getBytes(StandardCharsets.UTF_16LE);
    Pointer key = open(KEY_WRITE);
    try {
      check(advapi32.RegSetValueExW(key, new WString(name), 0, value.type() == Type.REG_SZ ? REG_SZ : REG_EXPAND_SZ, data, data.length), "write " + name);
    } finally {
      advapi32.RegCloseKey(key);
    }
  }

  @Override
  public void delete(String name) {
    Pointer key = open(KEY_WRITE);
    try {
      int status = advapi32.RegDeleteValueW(key, new WString(name));
      if (status != ERROR_FILE_NOT_FOUND) {
        check(status, "delete " + name);
      }
    } finally {
      advapi32.RegCloseKey(key);
    }
  }

  @Override
  public void broadcastChange() {
    user32.SendMessageTimeoutW(Pointer.createConstant(HWND_BROADCAST), WM_SETTINGCHANGE, null, new WString("Environment"),
        SMTO_ABORTIFHUNG, 5000, new PointerByReference());
  }

  private Pointer open(int access) {
    PointerByReference key = new PointerByReference();
    check(advapi32.RegOpenKeyExW(HKEY_CURRENT_USER, new WString(KEY), 0, access, key), "open HKCU\\" + KEY);
    return key.getValue();
  }

  private static void check(int status, String what) {
    if (status != 0) {
      throw new GoreadyException(ExitCode.LOCAL, "cannot " + what + " in the user environment (Win32 error " + status + ")",
          "check that HKCU\\Environment is not locked by policy");
    }
  }
}
