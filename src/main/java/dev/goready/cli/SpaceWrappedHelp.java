package dev.goready.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;

/**
 * picocli's help, wrapped at spaces only. picocli breaks lines with the JDK's line BreakIterator, which
 * breaks after a dot inside a word: "1.22.|x", "go.|mod", "dl.|google.|com", so versions, file names
 * and URLs in help came out split across lines. Here every text that does not fit its column is split
 * at spaces first; a single word longer than the column is left whole to overflow.
 */
final class SpaceWrappedHelp extends Help {
  /** Where a table row's text starts: after its first words and a run of two or more spaces. */
  private static final java.util.regex.Pattern SECOND_COLUMN = java.util.regex.Pattern.compile("^\\s*\\S+(?: \\S+)*\\s{2,}(?=\\S)");

  SpaceWrappedHelp(CommandSpec spec, ColorScheme colorScheme) {
    super(spec, colorScheme);
  }

  @Override
  public Layout createDefaultLayout(List<CommandLine.Model.OptionSpec> options, List<CommandLine.Model.PositionalParamSpec> positionals,
      ColorScheme scheme) {
    Layout layout = super.createDefaultLayout(options, positionals, scheme);
    return new Layout(scheme, Table.like(scheme, layout.textTable()), layout.optionRenderer(), layout.parameterRenderer());
  }

  @Override
  public TextTable createTextTable(Map<?, ?> map) {
    return Table.like(colorScheme(), super.createTextTable(map));
  }

  @Override
  public String description(Object... params) {
    return lines(paragraphs(commandSpec().usageMessage().description()), false);
  }

  /**
   * Description lines written as halves of one sentence ("…, and write" / "cycles.csv, …") read as one;
   * an indented line is a row of its own (a shell and its command line), never joined.
   */
  static String[] paragraphs(String[] lines) {
    List<String> joined = new ArrayList<>();
    for (String line : lines) {
      if (!joined.isEmpty() && !joined.getLast().matches(".*[.:!?)]$") && !line.isBlank() && !indented(line) && !indented(joined.getLast())) {
        joined.set(joined.size() - 1, joined.getLast() + " " + line.strip());
      } else {
        joined.add(line);
      }
    }
    return joined.toArray(String[]::new);
  }

  private static boolean indented(String line) {
    return line.startsWith(" ");
  }

  /**
   * The synopsis broken at spaces too: picocli's own wrapping split "[--from=FILE.|zip|DIR]" and
   * "[--|[no-]hook]" inside an option. Continuation lines start under the first option.
   */
  @Override
  protected String insertSynopsisCommandName(int synopsisHeadingLength, Ansi.Text optionsAndPositionals) {
    String name = commandSpec().qualifiedName();
    int indent = synopsisHeadingLength + name.length() + 1;
    int width = commandSpec().usageMessage().width();
    if (indent > commandSpec().usageMessage().synopsisAutoIndentThreshold() * width) {
      indent = synopsisHeadingLength;
    }
    String line = " ".repeat(synopsisHeadingLength) + name + optionsAndPositionals.plainString();
    StringBuilder out = new StringBuilder();
    Table.wrap(line, width, indent).forEach(piece -> out.append(piece).append(System.lineSeparator()));
    return out.substring(synopsisHeadingLength);
  }

  @Override
  public String footer(Object... params) {
    return lines(commandSpec().usageMessage().footer(), true);
  }

  /**
   * Lines as given, each too long for the usage width broken at spaces; a paragraph continues at its own
   * indent (two past it when indented), a {@code table} row at its second column ("  NAME      text"),
   * else two past its indent. picocli's %n ends a line and its %% is a %, as in the texts picocli formats.
   */
  private String lines(String[] given, boolean table) {
    StringBuilder out = new StringBuilder();
    int width = commandSpec().usageMessage().width();
    for (String line : given) {
      for (String raw : line.split("%n", -1)) {
        String part = raw.replace("%%", "%");
        java.util.regex.Matcher column = SECOND_COLUMN.matcher(part);
        int indent = part.length() - part.stripLeading().length();
        int hang = !table ? (indent == 0 ? 0 : indent + 2) : column.find() ? column.end() : indent + 2;
        Table.wrap(part, width, hang).forEach(piece -> out.append(piece).append(System.lineSeparator()));
      }
    }
    return out.toString();
  }

  /** A text table whose wrapping column splits at spaces before picocli sees the text. */
  static final class Table extends TextTable {
    private final ColorScheme scheme;

    private Table(ColorScheme scheme, Column[] columns) {
      super(scheme, columns);
      this.scheme = scheme;
    }

    static Table like(ColorScheme scheme, TextTable model) {
      Table table = new Table(scheme, model.columns());
      table.indentWrappedLines = model.indentWrappedLines;
      table.setAdjustLineBreaksForWideCJKCharacters(model.isAdjustLineBreaksForWideCJKCharacters());
      return table;
    }

    @Override
    public Cell putValue(int row, int col, Help.Ansi.Text value) {
      Column column = columns()[col];
      int room = column.width - column.indent;
      String text = value.plainString();
      if (column.overflow != Column.Overflow.WRAP || text.length() <= room) {
        return super.putValue(row, col, value);
      }
      List<String> pieces = wrap(text, room, indentWrappedLines);
      Cell cell = super.putValue(row, col, scheme.text(pieces.getFirst()));
      for (String piece : pieces.subList(1, pieces.size())) {
        int next = cell.row + 1;
        while (rowCount() <= next) {
          addEmptyRow();
        }
        cell = super.putValue(next, col, scheme.text(piece));
      }
      return cell;
    }

    /**
     * The text broken at spaces into lines of at most {@code width} characters, each after the first
     * starting with {@code hang} spaces; spacing inside a line is kept, and a word longer than a line
     * is left whole.
     */
    static List<String> wrap(String text, int width, int hang) {
      List<String> lines = new ArrayList<>();
      String rest = text;
      int floor = text.length() - text.stripLeading().length();
      while (rest.length() > width) {
        int at = rest.lastIndexOf(' ', width);
        if (at <= floor) {
          break;
        }
        lines.add(rest.substring(0, at).stripTrailing());
        rest = " ".repeat(hang) + rest.substring(at + 1).stripLeading();
        floor = hang;
      }
      lines.add(rest);
      return lines;
    }
  }
}
