package dev.goready.host;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.ShortByReference;
import java.util.Optional;

/**
 * IsWow64Process2 through JNA. An x64 JVM on Windows ARM64 runs under emulation and reports
 * os.arch=amd64 and PROCESSOR_ARCHITECTURE=AMD64; only this call names the native ARM64 machine.
 * Cannot run on Linux CI: everything that consumes its answer is tested through fixture hosts.
 */
final class WindowsNativeMachine {
  private WindowsNativeMachine() {}

  interface Kernel32 extends Library {
    Pointer GetCurrentProcess();

    boolean IsWow64Process2(Pointer process, ShortByReference processMachine, ShortByReference nativeMachine);
  }

  static Optional<Integer> query() {
    try {
      Kernel32 kernel32 = Native.load("kernel32", Kernel32.class);
      ShortByReference processMachine = new ShortByReference();
      ShortByReference nativeMachine = new ShortByReference();
      if (kernel32.IsWow64Process2(kernel32.GetCurrentProcess(), processMachine, nativeMachine)) {
        return Optional.of(Short.toUnsignedInt(nativeMachine.getValue()));
      }
    } catch (LinkageError e) {
      // Windows before 10 1709 has no IsWow64Process2; the caller falls back to the environment.
    }
    return Optional.empty();
  }
}
