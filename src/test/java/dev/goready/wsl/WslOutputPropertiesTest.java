package dev.goready.wsl;

import dev.goready.host.CommandResult;
import dev.goready.testing.Fuzz;
import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/** Fuzz targets for what WSL prints: the kernel log goready classifies and wsl.exe's UTF-16LE output. */
@Tag("fuzz")
class WslOutputPropertiesTest {
  @Provide
  Arbitrary<String> kernelLogs() {
    return Fuzz.near(
        "[    0.000000] Linux version 5.15.153.1-microsoft-standard-WSL2 (root@941d701f84f1) (gcc (GCC) 11.2.0) #1 SMP\n"
            + "[    3.141592] PKCS#7 signature not signed with a trusted key\n"
            + "[    3.200000] goready_test: module verification failed: signature and/or required key missing - tainting kernel\n",
        "Nov 29 10:00:00 host kernel: ima: Allocated hash algorithm: sha256\n"
            + "Nov 29 10:00:01 host kernel: audit: type=1800 audit(1700000000.000:2): op=appraise cause=invalid-hash res=0\n"
            + "Nov 29 10:00:02 host kernel: integrity: Loading X.509 certificate: UEFI:db\n",
        "[12345.678901] Lockdown: modprobe: unsigned module loading is restricted; see man kernel_lockdown.7\n");
  }

  @Property
  void kernelLogsAreClassified(@ForAll("kernelLogs") String log) {
    Fuzz.only(
        log,
        () -> {
          KernelLog.Summary summary = KernelLog.classify(new BufferedReader(new StringReader(log)));
          summary.blocking();
          summary.suspicious();
          for (KernelLog.Kind kind : KernelLog.Kind.values()) {
            summary.count(kind);
            summary.examples(kind);
            kind.label();
          }
          return summary;
        });
  }

  private static byte[] utf16(String text, boolean bom) {
    byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
    if (!bom) {
      return body;
    }
    byte[] out = new byte[body.length + 2];
    out[0] = (byte) 0xff;
    out[1] = (byte) 0xfe;
    System.arraycopy(body, 0, out, 2, body.length);
    return out;
  }

  @Provide
  Arbitrary<byte[]> wslOutputs() {
    String list = "  NAME            STATE           VERSION\r\n* Ubuntu-22.04    Running         2\r\n  docker-desktop  Stopped         2\r\n  Debian          Stopped         1\r\n";
    String status = "Standardverteilung: Ubuntu\r\nStandardversion: 2\r\n既定のバージョン：\r\n";
    String version = "WSL-Version: 2.3.26.0\r\nKernelversion: 5.15.167.4-1\r\nWSLg-Version: 1.0.65\r\n";
    return Fuzz.nearBytes(List.of(
        utf16(list, false), utf16(list, true), utf16(status, false), utf16(version, true),
        version.getBytes(StandardCharsets.UTF_8)));
  }

  @Property
  void wslOutputsAreReadByPosition(@ForAll("wslOutputs") byte[] stdout) {
    Fuzz.only(
        stdout,
        () -> {
          WslOutput output = WslOutput.of(new CommandResult(0, stdout, new byte[0], false, false));
          for (int i = -1; i <= output.lines().size(); i++) {
            output.valueAt(i);
          }
          output.lastValue();
          return output.distros();
        });
  }
}
