package dev.goready.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * golang.org/x/mod/sumdb/dirhash's Hash1 written again from its definition, to check goready's own:
 * a line {@code "<lowercase sha256 hex>  <name>\n"} per file, the lines in byte-wise order of the
 * names' UTF-8 (Go's string order), SHA-256 over them, standard base64, {@code h1:} in front. Zips
 * are read with java.util.zip, not the commons-compress reader goready uses.
 */
public final class Dirhash {
  private Dirhash() {}

  /** Hash1 of these files, name to content. */
  public static String h1(Map<String, byte[]> files) {
    List<byte[]> names = new ArrayList<>();
    Map<String, String> hexByName = new LinkedHashMap<>();
    files.forEach((name, content) -> {
      names.add(name.getBytes(StandardCharsets.UTF_8));
      hexByName.put(name, HexFormat.of().formatHex(sha256(content)));
    });
    names.sort(Arrays::compareUnsigned);
    StringBuilder summary = new StringBuilder();
    for (byte[] raw : names) {
      String name = new String(raw, StandardCharsets.UTF_8);
      summary.append(hexByName.get(name)).append("  ").append(name).append('\n');
    }
    return "h1:" + Base64.getEncoder().encodeToString(sha256(summary.toString().getBytes(StandardCharsets.UTF_8)));
  }

  /** Hash1 of a well-formed zip, as dirhash.HashZip: every entry by its stored name (a directory is an empty file). */
  public static String ofZip(byte[] zip) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        files.put(entry.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return h1(files);
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
