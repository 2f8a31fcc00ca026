package dev.goready.cli;

import dev.goready.testing.Run;
import dev.goready.testing.TestHost;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** Every command's --help as a user at a terminal COLUMNS wide sees it, by qualified name. */
final class Helps {
  static final List<Integer> WIDTHS = List.of(80, 120);

  private Helps() {}

  static Map<String, String> at(int columns) {
    Map<String, String> helps = new LinkedHashMap<>();
    for (CommandLine command : HelpExamplesTest.commands(HelpExamplesTest.tree())) {
      String name = command.getCommandSpec().qualifiedName();
      List<String> args = new ArrayList<>(List.of(name.split(" ")));
      args.removeFirst();
      args.add("--help");
      // A fixed HOME, so defaults under it read the same on every machine.
      TestHost host = new TestHost().with("COLUMNS", String.valueOf(columns)).with("HOME", "/home/user");
      // Lines end in \n on every OS, so one golden file serves Windows' CI too.
      helps.put(name, Run.of(host, args.toArray(String[]::new)).out().replace("\r\n", "\n"));
    }
    return helps;
  }
}
