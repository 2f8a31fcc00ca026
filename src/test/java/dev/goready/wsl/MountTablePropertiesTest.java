package dev.goready.wsl;

import dev.goready.testing.Fuzz;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/** Fuzz target for /proc/mounts as WSL writes it. */
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
    Fuzz.only(text, () -> MountTable.parse(text));
  }
}
