package dev.goready.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.host.IniFile;
import dev.goready.host.TextFiles;
import dev.goready.wsl.MountTable;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The pure parsers doctor's checks stand on, fed real-world samples. */
class ParsersTest {

  @Test
  void mountTableDecodesOctalEscapesAndFindsTheLongestMount() {
    MountTable mounts = MountTable.parse("""
        /dev/sdc / ext4 rw,relatime 0 0
        C:\\134 /mnt/c 9p rw,noatime,dirsync,aname=drvfs;path=C:\\;uid=1000;gid=1000,mmap,access=client,msize=65536,trans=fd 0 0
        /dev/sdd /mnt/c/Users/ann/My\\040Linux ext4 rw 0 0
        C: /mnt/d drvfs rw,noatime,uid=1000,gid=1000,case=off 0 0
        """);
    assertThat(mounts.mountFor("/mnt/c/Users/ann/go").orElseThrow().isWindowsDrive()).isTrue();
    assertThat(mounts.mountFor("/mnt/c/Users/ann/go").orElseThrow().device()).isEqualTo("C:\\");
    assertThat(mounts.mountFor("/mnt/c/Users/ann/My Linux/src").orElseThrow().type()).isEqualTo("ext4");
    assertThat(mounts.mountFor("/mnt/d/x").orElseThrow().isWindowsDrive()).isTrue();
    assertThat(mounts.mountFor("/mnt/cc").orElseThrow().mountPoint()).isEqualTo("/");
    assertThat(mounts.mountFor("/home/ann").orElseThrow().isWindowsDrive()).isFalse();
  }

  @Test
  void iniFilesReadLikeWslReadsThem() {
    IniFile ini = IniFile.parse("""
        # wsl.conf\r
        [boot]\r
        systemd = true   # native systemd\r
        [Interop]\r
        appendWindowsPath=false\r
        [automount]\r
        root = "/win/"\r
        """);
    assertThat(ini.bool("boot", "systemd")).hasValue(true);
    assertThat(ini.bool("interop", "appendwindowspath")).hasValue(false);
    assertThat(ini.get("automount", "root")).hasValue("/win/");
    assertThat(ini.get("network", "hostname")).isEmpty();
  }

  @Test
  void windowsToolOutputDecodesWithAndWithoutBom() {
    String text = "WSL-Version: 2.3.26.0\r\nKernelversion: 5.15.167.4-1\r\n";
    byte[] bom = concat(new byte[] {(byte) 0xff, (byte) 0xfe}, text.getBytes(StandardCharsets.UTF_16LE));
    assertThat(TextFiles.decodeWindowsOutput(bom)).isEqualTo(text);
    assertThat(TextFiles.decodeWindowsOutput(text.getBytes(StandardCharsets.UTF_16LE))).isEqualTo(text);
    assertThat(TextFiles.decodeWindowsOutput(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text); // WSL_UTF8=1
  }

  @Test
  void binaryJunkDecodesWithoutFailing() {
    String decoded = TextFiles.decode(new byte[] {'I', 'D', '=', (byte) 0xc3, (byte) 0x28, (byte) 0xff, '\n'});
    assertThat(decoded).startsWith("ID=").contains("\uFFFD");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
