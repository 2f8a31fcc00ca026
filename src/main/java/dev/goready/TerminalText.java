package dev.goready;

/**
 * Text from outside (entry names, versions, URLs, server messages, profile lines) made safe to print:
 * control characters, DEL, C1 controls and bidirectional overrides become visible escapes, so a
 * hostile name can neither move the cursor, recolour the terminal, nor reorder what the user reads.
 * Newlines and tabs stay: messages and hints are multi-line on purpose.
 */
public final class TerminalText {
  private TerminalText() {}

  public static String escape(String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean unsafe = (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
          || (c >= 0x2066 && c <= 0x2069) || c == 0x061c || c == 0x200e || c == 0x200f;
      if (unsafe && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (unsafe) {
          out.append(c <= 0xff ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c));
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }
}
