package dev.goready.host;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Reads text the way probes need it: bounded in size, and never failing on bytes that are not UTF-8. */
public final class TextFiles {
  /** More than any config or /proc file; less than a log that should be streamed instead. */
  public static final int MAX_BYTES = 8 << 20;

  private TextFiles() {}

  public static String read(InputStream in) throws IOException {
    return decode(in.readNBytes(MAX_BYTES));
  }

  /** UTF-8 with malformed input replaced by U+FFFD, and a leading BOM dropped. */
  public static String decode(byte[] bytes) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IllegalStateException("a replacing decoder cannot fail", e);
    }
  }

  /**
   * Text a Windows tool wrote: UTF-16LE with or without a BOM (wsl.exe), else UTF-8 (wsl.exe with
   * WSL_UTF8=1, or any other tool). UTF-16LE without BOM shows as NUL high bytes on ASCII text.
   */
  public static String decodeWindowsOutput(byte[] bytes) {
    boolean bom = bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe;
    if (bom) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    int nulAtOdd = 0;
    int pairs = Math.min(bytes.length / 2, 256);
    for (int i = 0; i < pairs; i++) {
      if (bytes[2 * i + 1] == 0) {
        nulAtOdd++;
      }
    }
    if (pairs > 0 && nulAtOdd * 2 > pairs) {
      return new String(bytes, 0, bytes.length - bytes.length % 2, StandardCharsets.UTF_16LE);
    }
    return decode(bytes);
  }
}
