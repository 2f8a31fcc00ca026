package dev.goready.verify.sumdb;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.HttpStatusException;
import dev.goready.LocalIo;
import dev.goready.modproxy.GoProxyList;
import dev.goready.verify.EvidenceSource;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A client of a Go checksum database (sum.golang.org or one like it) that trusts nothing it has not
 * verified: the lookup's tree note must carry the configured key's signature, the record must be
 * the leaf it claims to be in that signed tree, and the tree must extend the newest tree this
 * machine saw before (kept in {@code <state>/<name>/latest}, like cmd/go's $GOPATH/pkg/sumdb), or
 * be a prefix of it. A tree that does neither means the log forked: someone is showing different
 * users different logs, and that is reported with both signed heads.
 */
public final class ChecksumDatabase {
  /** A verified answer: the record's lines for the module version, and where in which tree it sits. */
  public record Lookup(String database, List<String> lines, long recordId, TreeHead tree, String via) {
    /** The h1: hash of the module's zip in this record, if it has one. */
    public Optional<String> zipHash(String module, String version) {
      String prefix = module + " " + version + " h1:";
      return lines.stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length() - 3)).findFirst();
    }
  }

  private final SumdbConfig config;
  private final GoProxyList proxies;
  private final EvidenceSource http;
  private final Path state;
  private final int tileHeight;
  private String base;

  public ChecksumDatabase(SumdbConfig config, GoProxyList proxies, EvidenceSource http, Path stateRoot, int tileHeight) {
    this.config = config;
    this.proxies = proxies;
    this.http = http;
    this.state = stateRoot.resolve(config.name().replaceAll("[^A-Za-z0-9._-]", "_"));
    this.tileHeight = tileHeight;
  }

  public String name() {
    return config.name();
  }

  /** The verified record for module@version, or empty when the database has none (404 or 410). */
  public Optional<Lookup> lookup(String module, String version) {
    String url = base() + "/lookup/" + escape(module) + "@" + escape(version);
    byte[] body;
    try {
      body = http.get(URI.create(url), "checksum database lookup");
    } catch (HttpStatusException e) {
      if (e.notFound()) {
        return Optional.empty();
      }
      throw e;
    }
    try {
      LookupRecord record = LookupRecord.parse(body);
      TreeHead head = TreeHead.parse(SignedNote.open(record.treeNote(), config.key()));
      VerifiedTree tree = new VerifiedTree(head, this::tile, tileHeight);
      Optional<byte[]> seenNote = latestNote();
      Optional<TreeHead> seen = Optional.empty();
      if (seenNote.isPresent()) {
        seen = Optional.of(seenHead(seenNote.get()));
        requireConsistent(seen.get(), tree, seenNote.get(), record.treeNote());
      }
      tree.requireRecord(record.id(), record.text().getBytes(StandardCharsets.UTF_8));
      if (seen.isEmpty() || seen.get().size() < head.size()) {
        saveLatest(record.treeNote());
      }
      return Optional.of(new Lookup(config.name(), record.linesFor(module, version), record.id(), head, base));
    } catch (NoteException e) {
      throw new GoreadyException(ExitCode.INTEGRITY, "checksum database " + config.name() + " (" + url + "): " + e.getMessage(),
          "nothing was installed; the database or a proxy relaying it sent data that does not verify");
    }
  }

  private TreeHead seenHead(byte[] note) {
    try {
      return TreeHead.parse(SignedNote.open(note, config.key()));
    } catch (NoteException e) {
      throw new GoreadyException(ExitCode.LOCAL, latestFile() + " does not hold a tree signed by " + config.key().id() + ": " + e.getMessage(),
          "it is goready's record of the last verified tree; if GOSUMDB changed on purpose, delete the file");
    }
  }

  private void requireConsistent(TreeHead seen, VerifiedTree current, byte[] seenNote, byte[] currentNote) throws NoteException {
    TreeHead now = current.head();
    boolean consistent = seen.size() <= now.size()
        ? current.hasPrefix(seen)
        : new VerifiedTree(seen, this::tile, tileHeight).hasPrefix(now);
    if (!consistent) {
      String seenText = new String(seenNote, StandardCharsets.UTF_8);
      String currentText = new String(currentNote, StandardCharsets.UTF_8);
      throw new LogForkedException(
          "SECURITY ERROR: checksum database " + config.name() + " forked: the tree it signed before (size " + seen.size() + ", root " + seen.rootBase64()
              + ") and the tree it signs now (size " + now.size() + ", root " + now.rootBase64() + ") are inconsistent",
          "do not install anything; keep " + latestFile() + " as proof and report both signed heads:\n" + seenText + currentText,
          seenText, currentText);
    }
  }

  private byte[] tile(TileAddress tile) {
    try {
      return http.get(URI.create(base() + "/" + tile.path()), "checksum database tile");
    } catch (HttpStatusException e) {
      if (e.notFound()) {
        return null;
      }
      throw e;
    }
  }

  /** The first proxy that relays this database (its /sumdb/NAME/supported answers 200), else the database itself. */
  private String base() {
    if (base != null) {
      return base;
    }
    base = config.url();
    for (GoProxyList.Entry entry : proxies.entries()) {
      if (entry.isDirect() || entry.isOff() || entry.url().startsWith("file:")) {
        break;
      }
      String relay = entry.url() + "/sumdb/" + config.name();
      try {
        http.get(URI.create(relay + "/supported"), "checksum database relay");
        base = relay;
        break;
      } catch (HttpStatusException e) {
        if (!e.notFound() && !entry.fallBackOnAnyError()) {
          throw e;
        }
      } catch (GoreadyException e) {
        if (!entry.fallBackOnAnyError()) {
          throw e;
        }
      }
    }
    return base;
  }

  private Path latestFile() {
    return state.resolve("latest");
  }

  private Optional<byte[]> latestNote() {
    Path file = latestFile();
    return LocalIo.run(file, () -> Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.<byte[]>empty());
  }

  private void saveLatest(byte[] note) {
    Path file = latestFile();
    LocalIo.run(file, () -> {
      Files.createDirectories(state);
      LocalIo.writeAtomically(file, note);
      return null;
    });
  }

  /** Go's case encoding for module paths and versions in URLs: an upper-case letter becomes '!' and its lower case. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c >= 'A' && c <= 'Z') {
        out.append('!').append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
