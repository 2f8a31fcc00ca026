package dev.goready.verify.sumdb;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import java.util.Optional;

/**
 * GOSUMDB as cmd/go reads it: a known name (sum.golang.org, or sum.golang.google.cn which is the
 * same database behind another URL), a full verifier key, or "key URL". {@code off} is refused:
 * cmd/go never skips the database for toolchains, and neither does goready.
 */
public record SumdbConfig(NoteVerifier key, Optional<String> directUrl, String source) {
  static final String GO_KEY = "sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8";

  public String name() {
    return key.name();
  }

  /** Where to reach the database when no proxy relays it. */
  public String url() {
    return directUrl.orElse("https://" + key.name());
  }

  public static SumdbConfig parse(String value, String source) {
    String trimmed = value.trim();
    if (trimmed.equals("off")) {
      throw new GoreadyException(ExitCode.USAGE, "checksum database disabled by GOSUMDB=off (" + source + ")",
          "toolchains are verified against the checksum database even where GOSUMDB=off, as cmd/go does; unset GOSUMDB or name your own database (GOSUMDB=\"name+hash+key URL\")");
    }
    String[] fields = trimmed.split("\\s+");
    if (fields.length > 2 || fields[0].isEmpty()) {
      throw invalid(value, source);
    }
    Optional<String> url = fields.length == 2 ? Optional.of(fields[1].replaceAll("/+$", "")) : Optional.empty();
    String keyText = switch (fields[0]) {
      case "sum.golang.org" -> GO_KEY;
      case "sum.golang.google.cn" -> {
        url = url.or(() -> Optional.of("https://sum.golang.google.cn"));
        yield GO_KEY;
      }
      default -> fields[0];
    };
    if (!keyText.contains("+")) {
      throw new GoreadyException(ExitCode.USAGE, source + ": unknown checksum database '" + fields[0] + "'",
          "give its verifier key: GOSUMDB=\"name+hash+key [URL]\"");
    }
    if (url.isPresent() && !url.get().startsWith("https://") && !url.get().startsWith("http://")) {
      throw invalid(value, source);
    }
    try {
      return new SumdbConfig(NoteVerifier.parse(keyText), url, source);
    } catch (NoteException e) {
      throw new GoreadyException(ExitCode.USAGE, source + ": invalid checksum database key '" + fields[0] + "': " + e.getMessage(),
          "GOSUMDB takes the form name+hash+key, as go env GOSUMDB prints it");
    }
  }

  private static GoreadyException invalid(String value, String source) {
    return new GoreadyException(ExitCode.USAGE, source + "='" + value + "' is not a checksum database", "GOSUMDB=sum.golang.org, or GOSUMDB=\"name+hash+key https://host\"");
  }
}
