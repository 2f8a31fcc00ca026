package dev.goready.config;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * How a text file was written, so an edit writes it back the same way: UTF-8 with or without BOM,
 * UTF-16LE/BE with BOM (Windows PowerShell 5.1's usual profile encoding), or — for bytes that are
 * neither — ISO-8859-1, which maps every byte to itself and so changes nothing goready did not touch.
 * Line endings are the file's own (CRLF if it has any), used for the lines goready adds.
 */
public record TextFormat(Charset charset, byte[] bom, String eol) {
  private static final byte[] NO_BOM = new byte[0];
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
  private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

  /** A file goready creates: UTF-8 without BOM; CRLF for Windows-only files. */
  public static TextFormat fresh(String eol) {
    return new TextFormat(StandardCharsets.UTF_8, NO_BOM, eol);
  }

  public record Decoded(String text, TextFormat format) {}

  public static Decoded decode(byte[] bytes, String defaultEol) {
    Charset charset;
    byte[] bom;
    if (startsWith(bytes, UTF8_BOM)) {
      charset = StandardCharsets.UTF_8;
      bom = UTF8_BOM;
    } else if (startsWith(bytes, UTF16LE_BOM)) {
      charset = StandardCharsets.UTF_16LE;
      bom = UTF16LE_BOM;
    } else if (startsWith(bytes, UTF16BE_BOM)) {
      charset = StandardCharsets.UTF_16BE;
      bom = UTF16BE_BOM;
    } else {
      charset = StandardCharsets.UTF_8;
      bom = NO_BOM;
    }
    if (!decodesWhole(bytes, bom.length, charset)) {
      // A BOM over bytes that are not that encoding (a lone surrogate, an odd byte out) would be
      // rewritten with U+FFFD in their place: read every byte as itself instead.
      charset = StandardCharsets.ISO_8859_1;
      bom = NO_BOM;
    }
    String text = new String(bytes, bom.length, bytes.length - bom.length, charset);
    String eol = text.contains("\r\n") ? "\r\n" : text.contains("\n") ? "\n" : defaultEol;
    return new Decoded(text, new TextFormat(charset, bom, eol));
  }

  public byte[] encode(String text) {
    byte[] body = text.getBytes(charset);
    byte[] out = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, out, 0, bom.length);
    System.arraycopy(body, 0, out, bom.length, body.length);
    return out;
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean decodesWhole(byte[] bytes, int from, Charset charset) {
    try {
      charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, from, bytes.length - from));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
