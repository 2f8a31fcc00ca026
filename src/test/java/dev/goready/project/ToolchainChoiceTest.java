package dev.goready.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.release.GoMod;
import dev.goready.release.GoVersionFile;
import dev.goready.release.Selector;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ToolchainChoiceTest {
  private static final List<String> INSTALLED = List.of("go1.23.4", "go1.22.5", "go1.22.12", "go1.22rc1", "go1.21.13", "go1.20");

  private static ToolchainChoice choose(Selector selector, Optional<String> active) {
    return ToolchainChoice.of(Optional.of(new Pin(selector, "test", Optional.empty())), INSTALLED, active);
  }

  private static Selector pin(String goVersionFile) {
    return GoVersionFile.selector(goVersionFile, ".go-version");
  }

  @Test
  void anExactPinNeedsThatVersionInGosOwnEquality() {
    assertThat(choose(pin("1.22.5"), Optional.of("go1.23.4"))).isEqualTo(new ToolchainChoice.Found("go1.22.5", false, Optional.of(new Pin(pin("1.22.5"), "test", Optional.empty()))));
    assertThat(choose(pin("1.20.0"), Optional.empty())).extracting(c -> ((ToolchainChoice.Found) c).version()).isEqualTo("go1.20");
    assertThat(choose(pin("1.22.6"), Optional.empty())).isEqualTo(new ToolchainChoice.Missing("go1.22.6", new Pin(pin("1.22.6"), "test", Optional.empty())));
  }

  @Test
  void aLineTakesItsNewestStableReleaseByVersionNotByName() {
    assertThat(((ToolchainChoice.Found) choose(pin("1.22"), Optional.empty())).version()).isEqualTo("go1.22.12");
    assertThat(choose(pin("1.24"), Optional.empty())).isInstanceOf(ToolchainChoice.Missing.class)
        .extracting(c -> ((ToolchainChoice.Missing) c).install()).isEqualTo("1.24");
  }

  @Test
  void aMinimumKeepsTheDefaultWhenItIsNewEnoughElseTakesTheNewestThatIs() {
    Selector min = GoMod.selector("go 1.21\n", "go.mod");
    assertThat(choose(min, Optional.of("go1.21.13"))).isInstanceOf(ToolchainChoice.Found.class)
        .extracting(c -> ((ToolchainChoice.Found) c).version(), c -> ((ToolchainChoice.Found) c).isDefault()).containsExactly("go1.21.13", true);
    assertThat(((ToolchainChoice.Found) choose(min, Optional.of("go1.20"))).version()).isEqualTo("go1.23.4");
    Selector tooNew = GoMod.selector("go 1.25.3\n", "go.mod");
    assertThat(((ToolchainChoice.Missing) choose(tooNew, Optional.of("go1.23.4"))).install()).isEqualTo("1.25");
  }

  @Test
  void noPinIsTheDefaultOrNothing() {
    assertThat(ToolchainChoice.of(Optional.empty(), INSTALLED, Optional.of("go1.22.5"))).isEqualTo(new ToolchainChoice.Found("go1.22.5", true, Optional.empty()));
    assertThat(ToolchainChoice.of(Optional.empty(), INSTALLED, Optional.empty())).isInstanceOf(ToolchainChoice.Nothing.class);
  }
}
