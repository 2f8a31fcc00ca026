package dev.goready.verify.sumdb;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A lookup answer: the record's log position, a blank-line-terminated block of go.sum lines, and the
 * signed tree note that follows. The record text is the exact bytes the log hashed for that leaf.
 */
public record LookupRecord(long id, String text, byte[] treeNote) {

  public static LookupRecord parse(byte[] body) throws NoteException {
    String all = new String(body, StandardCharsets.ISO_8859_1); // one char per byte, so offsets are byte offsets
    int idEnd = all.indexOf('\n');
    if (idEnd <= 0) {
      throw new NoteException("malformed record data");
    }
    String idText = all.substring(0, idEnd);
    long id;
    try {
      id = Long.parseLong(idText);
    } catch (NumberFormatException e) {
      throw new NoteException("malformed record data");
    }
    if (id < 0 || !Long.toString(id).equals(idText)) {
      throw new NoteException("malformed record data");
    }
    int textEnd = all.indexOf("\n\n", idEnd + 1);
    if (textEnd < 0) {
      throw new NoteException("malformed record data");
    }
    byte[] text = Arrays.copyOfRange(body, idEnd + 1, textEnd + 1);
    String decoded = new String(text, StandardCharsets.UTF_8);
    if (!Arrays.equals(decoded.getBytes(StandardCharsets.UTF_8), text) || decoded.chars().anyMatch(c -> c < 0x20 && c != '\n')) {
      throw new NoteException("malformed record data");
    }
    return new LookupRecord(id, decoded, Arrays.copyOfRange(body, textEnd + 2, body.length));
  }

  /** The go.sum lines for {@code module version} (or {@code version/go.mod}), without newlines. */
  public List<String> linesFor(String module, String version) {
    String prefix = module + " " + version + " ";
    return text.lines().filter(line -> line.startsWith(prefix)).toList();
  }
}
