package dev.goready.wsl;

import dev.goready.testing.Fuzz;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/** Fuzz targets for the machine files doctor's checks read: os-release, binfmt_misc entries. */
@Tag("fuzz")
class WslPropertiesTest {
  @Provide
  Arbitrary<String> osReleases() {
    return Fuzz.near(
        "PRETTY_NAME=\"Ubuntu 24.04.1 LTS\"\nNAME=\"Ubuntu\"\nVERSION_ID=\"24.04\"\nVERSION=\"24.04.1 LTS (Noble Numbat)\"\n"
            + "VERSION_CODENAME=noble\nID=ubuntu\nID_LIKE=debian\nHOME_URL=\"https://www.ubuntu.com/\"\n",
        "NAME=\"Debian GNU/Linux\"\nVERSION_ID=\"12\"\nID=debian\n",
        "NAME=\"Alpine Linux\"\nID=alpine\nVERSION_ID=3.20.3\nPRETTY_NAME=\"Alpine Linux v3.20\"\n");
  }

  @Property
  void osReleaseParses(@ForAll("osReleases") String text) {
    Fuzz.only(text, () -> OsRelease.parse(text));
  }

  @Provide
  Arbitrary<String> binfmts() {
    return Fuzz.near(
        "enabled\ninterpreter /init\nflags: PF\noffset 0\nmagic 4d5a\n",
        "enabled\ninterpreter /usr/bin/qemu-aarch64-static\nflags: OCF\noffset 0\n"
            + "magic 7f454c460201010000000000000000000200b700\nmask ffffffffffffff00fffffffffffffffffeffffff\n",
        "disabled\n");
  }

  @Property
  void binfmtEntriesParse(@ForAll("binfmts") String text) {
    Fuzz.only(text, () -> BinfmtEntry.parse("WSLInterop", text));
  }
}
