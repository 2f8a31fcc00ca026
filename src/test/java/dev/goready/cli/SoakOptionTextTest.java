package dev.goready.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.testing.Fuzz;
import java.time.Duration;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import org.junit.jupiter.api.Test;

/** soak's --duration/--interval and --min-free texts: what they mean, and a usage error for anything else. */
class SoakOptionTextTest {
  @Test
  void sizesAndDurationsReadAsAUserWritesThem() {
    assertThat(SoakCommand.bytes("--min-free", "256m")).isEqualTo(256L << 20);
    assertThat(SoakCommand.bytes("--min-free", "2G")).isEqualTo(2L << 30);
    assertThat(SoakCommand.bytes("--min-free", "500k")).isEqualTo(500L << 10);
    assertThat(SoakCommand.bytes("--min-free", "0")).isZero();
    assertThat(SoakCommand.duration("--duration", "1h30m")).isEqualTo(Duration.ofMinutes(90));
    assertThatThrownBy(() -> SoakCommand.duration("--duration", "9223372036854775808h")).isInstanceOf(GoreadyException.class); // was an internal error
    for (String junk : new String[] {"", "-1m", "12 m", "1t", "999999999999999g", "1.5g", "999999999999g"}) {
      assertThatThrownBy(() -> SoakCommand.bytes("--min-free", junk)).isInstanceOfSatisfying(GoreadyException.class,
          e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE));
    }
  }

  @Provide
  Arbitrary<String> texts() {
    return Fuzz.near("256m", "2g", "500k", "1048576", "72h", "1h30m", "90s", "500ms");
  }

  @Property
  @Tag("fuzz")
  void anyTextIsASizeOrAUsageError(@ForAll("texts") String text) {
    Fuzz.only(text, () -> SoakCommand.bytes("--min-free", text), GoreadyException.class);
    Fuzz.only(text, () -> SoakCommand.duration("--duration", text), GoreadyException.class);
  }
}
