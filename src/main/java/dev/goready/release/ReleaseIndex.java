package dev.goready.release;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Go's release index ({@code https://go.dev/dl/?mode=json&include=all}): an array of
 * {@code {version, stable, files: [{filename, os, arch, version, sha256, size, kind}]}}. Releases are
 * kept newest first; entries whose version is not a Go version are skipped, not fatal. A file whose
 * name is not Go's plain {@code go<version>.<os>-<arch>.<ext>} or whose size is not a sane positive
 * number refuses the whole index: names become paths in the store, and such a mirror is broken.
 */
public record ReleaseIndex(List<Release> releases) {
  // Trailing bytes after the array mean this is not the index (two documents, or a page around it).
  private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  public static ReleaseIndex parse(String json, String source) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw malformed(source, "not valid JSON (" + e.getOriginalMessage() + ")");
    }
    if (root == null || !root.isArray()) {
      throw malformed(source, "expected a JSON array of releases");
    }
    List<Release> releases = new ArrayList<>();
    for (JsonNode node : root) {
      String version = node.path("version").asText("");
      Optional<GoVersion> parsed = GoVersion.parse(version);
      if (parsed.isEmpty()) {
        continue;
      }
      List<ReleaseFile> files = new ArrayList<>();
      for (JsonNode f : node.path("files")) {
        String filename = f.path("filename").asText("");
        if (!IndexField.isFilename(filename)) {
          throw malformed(source, "file name " + IndexField.quoted(filename) + " is not a plain go<version>.<os>-<arch>.<ext> name");
        }
        long size = IndexField.size(f.path("size")).orElseThrow(
            () -> malformed(source, "size " + IndexField.quoted(f.path("size").toString()) + " of " + filename + " is not a byte count between 1 and 16 GiB"));
        files.add(
            new ReleaseFile(
                filename,
                f.path("os").asText(""),
                f.path("arch").asText(""),
                f.path("version").asText(version),
                f.path("sha256").asText(""),
                size,
                f.path("kind").asText("")));
      }
      releases.add(new Release(version, parsed.get(), node.path("stable").asBoolean(parsed.get().isStable()), List.copyOf(files)));
    }
    releases.sort(Comparator.comparing(Release::parsed).reversed());
    return new ReleaseIndex(List.copyOf(releases));
  }

  private static GoreadyException malformed(String source, String why) {
    return new GoreadyException(
        ExitCode.NETWORK,
        "release index " + source + " is malformed: " + why,
        "check --index / GOREADY_INDEX; it must serve Go's ?mode=json&include=all format");
  }

  public Optional<Release> find(GoVersion version) {
    return releases.stream().filter(r -> r.parsed().equals(version)).findFirst();
  }
}
