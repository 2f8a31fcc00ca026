package dev.goready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Every --help at 80 and 120 columns, compared with the text a person read and approved in
 * src/test/resources/help/WIDTH/COMMAND.txt. After a deliberate change to help, write them again with
 * {@code mvn -Dtest=HelpGoldenTest -Dgoready.updateGolden=true test}, and read the diff before committing.
 */
class HelpGoldenTest {
  static final List<Integer> WIDTHS = Helps.WIDTHS;
  private static final Path GOLDEN = Path.of("src/test/resources/help");

  @ParameterizedTest(name = "{0} columns")
  @FieldSource("WIDTHS")
  void everyHelpReadsAsApproved(int columns) throws IOException {
    Path folder = GOLDEN.resolve(String.valueOf(columns));
    Map<String, String> helps = Helps.at(columns);
    if (Boolean.getBoolean("goready.updateGolden")) {
      write(folder, helps);
    }
    for (Map.Entry<String, String> help : helps.entrySet()) {
      Path file = folder.resolve(fileName(help.getKey()));
      assertThat(file).as("no golden help for '%s'; write it with -Dgoready.updateGolden=true", help.getKey()).exists();
      assertThat(help.getValue()).as("'%s --help' at %d columns differs from %s; if the change is meant, rewrite the goldens with"
          + " mvn -Dtest=HelpGoldenTest -Dgoready.updateGolden=true test and read their diff", help.getKey(), columns, file)
          .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .as("golden help for commands that no longer exist").allMatch(f -> helps.keySet().stream().map(HelpGoldenTest::fileName).anyMatch(f::equals));
    }
  }

  private static void write(Path folder, Map<String, String> helps) throws IOException {
    Files.createDirectories(folder);
    try (Stream<Path> old = Files.list(folder)) {
      for (Path file : old.toList()) {
        Files.delete(file);
      }
    }
    for (Map.Entry<String, String> help : helps.entrySet()) {
      Files.writeString(folder.resolve(fileName(help.getKey())), help.getValue(), StandardCharsets.UTF_8);
    }
  }

  static String fileName(String command) {
    return command.replace(' ', '-') + ".txt";
  }
}
