package dev.goready.host;

import dev.goready.testing.Fuzz;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/** Fuzz target for `reg query` output as Windows prints it (and as a snapshot replays it). */
@Tag("fuzz")
class HostPropertiesTest {
  @Provide
  Arbitrary<String> regQueryOutputs() {
    return Fuzz.near(
        "\r\nHKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment\r\n    PROCESSOR_ARCHITECTURE    REG_SZ    ARM64\r\n\r\n",
        "\r\nHKEY_CURRENT_USER\\Environment\r\n    Path    REG_EXPAND_SZ    %USERPROFILE%\\go\\bin;C:\\Tools\r\n");
  }

  @Property
  void regQueryOutputGivesAValueOrNone(@ForAll("regQueryOutputs") String output) {
    Fuzz.only(output, () -> RegQueryOutput.value(output, "PROCESSOR_ARCHITECTURE"));
  }
}
