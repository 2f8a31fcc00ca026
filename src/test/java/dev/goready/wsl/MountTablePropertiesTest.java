package dev.goready.wsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.testing.Fuzz;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import org.junit.jupiter.api.Test;

/** Fuzz target for /proc/mounts as WSL writes it, and the Windows paths of its drives. */
@Tag("fuzz")
class MountTablePropertiesTest {
  @Provide
  Arbitrary<String> mounts() {
    return Fuzz.near(
        "none /mnt/wsl tmpfs rw,relatime 0 0\n"
            + "drivers /usr/lib/wsl/drivers 9p ro,nosuid,nodev,noatime,dirsync,aname=drivers;fmask=222;dmask=222,mmap,access=client,msize=65536,trans=fd,rfd=7,wfd=7 0 0\n"
            + "/dev/sdc / ext4 rw,relatime,discard,errors=remount-ro,data=ordered 0 0\n"
            + "C:\\134 /mnt/c 9p rw,noatime,dirsync,aname=drvfs;path=C:\\;uid=1000;gid=1000;symlinkroot=/mnt/,mmap,access=client,msize=65536,trans=fd,rfd=5,wfd=5 0 0\n",
        "/dev/sdd /home/user/My\\040Projects ext4 rw,relatime 0 0\n");
  }

  @Property
  void mountTablesParse(@ForAll("mounts") String text) {
    Fuzz.only(text, () -> {
      MountTable table = MountTable.parse(text);
      for (MountTable.Mount mount : table.mounts()) {
        // A path under any mount maps to a drive path only from a Windows drive, and then as X:\…
        table.windowsPath(mount.mountPoint() + "/Users/ann/go").ifPresent(windows -> assertThat(windows).matches("[A-Z]:\\\\.*"));
      }
      return table;
    });
  }

  @Test
  void aPathOnAWindowsDriveHasItsWindowsPathWhateverTheAutomountRoot() {
    MountTable table = MountTable.parse("C:\\134 /win/c 9p rw,noatime,dirsync,aname=drvfs;path=C:\\;uid=1000 0 0\n"
        + "D: /mnt/d drvfs rw,noatime,uid=1000,gid=1000 0 0\n/dev/sdc / ext4 rw,relatime 0 0\n");
    assertThat(table.windowsPath("/win/c/Users/ann/go")).hasValue("C:\\Users\\ann\\go");
    assertThat(table.windowsPath("/mnt/d")).hasValue("D:\\");
    assertThat(table.windowsPath("/home/ann/go")).isEmpty();
  }
}
