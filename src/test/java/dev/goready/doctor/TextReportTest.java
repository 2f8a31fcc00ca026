package dev.goready.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.host.HostKind;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReportTest {
  private static String lastLine(Result... results) {
    List<CheckReport> checks = new java.util.ArrayList<>();
    for (int i = 0; i < results.length; i++) {
      checks.add(new CheckReport("c.heck" + i, "c", results[i], 1));
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TextReport.print(new Report("linux", "amd64", HostKind.LINUX, checks), false, false, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    return lines.getLast();
  }

  @Test
  void warningsAreNotCalledNoProblems() {
    Fix fix = Fix.of("t", "goready install");
    assertThat(lastLine(Result.ok("fine"), Result.warn("old", List.of(), fix)))
        .isEqualTo("Nothing failed, but the warnings above are worth a look: 1 ok, 1 warn");
    assertThat(lastLine(Result.ok("fine"), Result.fail("broken", List.of(), fix))).isEqualTo("Doctor found problems: 1 ok, 1 fail");
    assertThat(lastLine(Result.ok("fine"), Result.skip("n/a"))).isEqualTo("No problems found: 1 ok, 1 skip");
  }
}
