package dev.goready.fetch;

import dev.goready.host.Host;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Credentials for servers that ask for them (an Artifactory or Athens GOPROXY), found where cmd/go
 * finds them: the .netrc file ($NETRC, else ~/.netrc, or %USERPROFILE%\_netrc on Windows) and the
 * user:password@ part of GOPROXY's URLs. They are given only to the host they name, only when it
 * answers 401, and never appear in messages or the audit log.
 */
public final class ServerCredentials {
  public static final ServerCredentials NONE = new ServerCredentials(Map.of());

  private final Map<String, PasswordAuthentication> byHost;

  ServerCredentials(Map<String, PasswordAuthentication> byHost) {
    this.byHost = Map.copyOf(byHost);
  }

  /** From the host's netrc file and the URLs of a GOPROXY list (as written, credentials and all). */
  public static ServerCredentials from(Host host, Optional<String> goproxy) {
    Map<String, PasswordAuthentication> byHost = new HashMap<>();
    netrcFile(host).flatMap(host::readFile).ifPresent(text -> byHost.putAll(parseNetrc(text)));
    goproxy.ifPresent(list -> {
      for (String entry : list.split("[,|]")) {
        userInfo(entry.trim()).ifPresent(found -> byHost.put(found.getKey(), found.getValue()));
      }
    });
    return new ServerCredentials(byHost);
  }

  public Optional<PasswordAuthentication> forHost(String host) {
    return host == null ? Optional.empty() : Optional.ofNullable(byHost.get(host.toLowerCase(Locale.ROOT)));
  }

  /** netrc's "machine M login L password P" entries; "default" is ignored, as sending a password anywhere is never wanted. */
  static Map<String, PasswordAuthentication> parseNetrc(String text) {
    Map<String, PasswordAuthentication> entries = new HashMap<>();
    List<String> tokens = List.of(text.trim().split("\\s+"));
    String machine = null;
    String login = null;
    String password = null;
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      String value = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
      switch (token) {
        case "machine", "default" -> {
          put(entries, machine, login, password);
          machine = token.equals("machine") ? value : null;
          login = null;
          password = null;
          i += token.equals("machine") ? 1 : 0;
        }
        case "login" -> {
          login = value;
          i++;
        }
        case "password" -> {
          password = value;
          i++;
        }
        case "account" -> i++;
        case "macdef" -> {
          put(entries, machine, login, password);
          return entries; // a macro body runs to a blank line, which split() has lost; nothing after it is trusted
        }
        default -> { }
      }
    }
    put(entries, machine, login, password);
    return entries;
  }

  private static void put(Map<String, PasswordAuthentication> entries, String machine, String login, String password) {
    if (machine != null && login != null && password != null) {
      entries.putIfAbsent(machine.toLowerCase(Locale.ROOT), new PasswordAuthentication(login, password.toCharArray()));
    }
  }

  private static Optional<Map.Entry<String, PasswordAuthentication>> userInfo(String url) {
    try {
      URI uri = URI.create(url.contains("://") ? url : "https://" + url);
      if (uri.getRawUserInfo() == null || uri.getHost() == null) {
        return Optional.empty();
      }
      return Optional.of(Map.entry(uri.getHost().toLowerCase(Locale.ROOT), ofUserInfo(uri)));
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // not a URL; GOPROXY's own parser reports it
    }
  }

  /** The user:password@ part of a URL (percent-encoded, as URLs write it), decoded. */
  static PasswordAuthentication ofUserInfo(URI uri) {
    String[] parts = uri.getRawUserInfo().split(":", 2);
    String user = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
    String pass = parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "";
    return new PasswordAuthentication(user, pass.toCharArray());
  }

  private static Optional<Path> netrcFile(Host host) {
    Optional<String> explicit = host.env("NETRC").filter(v -> !v.isBlank());
    if (explicit.isPresent()) {
      return explicit.map(host::path);
    }
    return Optional.of(host.home().resolve(host.os().netrcName()));
  }
}
