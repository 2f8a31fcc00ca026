package dev.goready.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes a release index in go.dev's ?mode=json&include=all format. */
public final class IndexBuilder {
  private final Map<String, ObjectNode> releases = new LinkedHashMap<>();
  private final ObjectMapper json = new ObjectMapper();

  public IndexBuilder archive(String version, String goos, String goarch, byte[] content) {
    String filename = version + "." + goos + "-" + goarch + (goos.equals("windows") ? ".zip" : ".tar.gz");
    return file(version, filename, goos, goarch, "archive", sha256(content), content.length);
  }

  public IndexBuilder file(String version, String filename, String goos, String goarch, String kind, String sha256, long size) {
    ObjectNode release =
        releases.computeIfAbsent(
            version,
            v -> {
              ObjectNode node = json.createObjectNode();
              node.put("version", v);
              node.put("stable", !v.contains("rc") && !v.contains("beta"));
              node.putArray("files");
              return node;
            });
    ((ArrayNode) release.get("files"))
        .addObject()
        .put("filename", filename)
        .put("os", goos)
        .put("arch", goarch)
        .put("version", version)
        .put("sha256", sha256)
        .put("size", size)
        .put("kind", kind);
    return this;
  }

  public byte[] bytes() {
    ArrayNode array = json.createArrayNode();
    releases.values().forEach(array::add);
    return array.toString().getBytes(StandardCharsets.UTF_8);
  }

  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
