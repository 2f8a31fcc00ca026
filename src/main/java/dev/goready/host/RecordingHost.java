package dev.goready.host;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The live machine, remembering everything the checks read, so `doctor --collect` can write it as a
 * snapshot that replays the same run anywhere (see {@link SnapshotWriter}).
 */
public final class RecordingHost extends ForwardingHost {
  /** A streamed file larger than this is recorded cut short; a snapshot is for a support request, not a backup. */
  static final int MAX_STREAMED_BYTES = 4 << 20;

  final Map<String, Optional<String>> files = new ConcurrentSkipListMap<>();
  final Map<String, Boolean> existing = new ConcurrentSkipListMap<>();
  final Map<String, List<String>> listings = new ConcurrentSkipListMap<>();
  final Map<List<String>, CommandResult> commands = new ConcurrentHashMap<>();
  final Map<String, String> registry = new ConcurrentSkipListMap<>();
  final Map<String, PathStatus> paths = new ConcurrentSkipListMap<>();
  final Map<String, Optional<DnsAnswer>> lookups = new ConcurrentSkipListMap<>();
  final Map<String, String> links = new ConcurrentSkipListMap<>();
  final Map<String, HttpAnswer> answers = new ConcurrentSkipListMap<>();

  public RecordingHost(Host real) {
    super(real);
  }








  @Override
  public Optional<String> readFile(Path path) {
    Optional<String> content = delegate.readFile(path);
    files.put(path.toString(), content);
    return content;
  }

  @Override
  public Optional<InputStream> openFile(Path path) {
    Optional<InputStream> in = delegate.openFile(path);
    if (in.isEmpty()) {
      files.put(path.toString(), Optional.empty());
      return in;
    }
    try (InputStream stream = in.get()) {
      byte[] head = stream.readNBytes(MAX_STREAMED_BYTES);
      files.put(path.toString(), Optional.of(TextFiles.decode(head)));
      return Optional.of(new ByteArrayInputStream(head));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public boolean exists(Path path) {
    boolean exists = delegate.exists(path);
    existing.put(path.toString(), exists);
    return exists;
  }

  @Override
  public Path realPath(Path path) {
    Path real = delegate.realPath(path);
    if (!real.equals(path)) {
      links.put(path.toString(), real.toString());
    }
    return real;
  }

  @Override
  public List<String> list(Path dir) {
    List<String> names = delegate.list(dir);
    listings.put(dir.toString(), names);
    return names;
  }

  @Override
  public Optional<PathStatus> pathStatus(Path path) {
    Optional<PathStatus> status = delegate.pathStatus(path);
    status.ifPresent(s -> paths.put(path.toString(), s));
    return status;
  }

  @Override
  public Optional<DnsAnswer> resolve(String hostname, Duration timeout) {
    Optional<DnsAnswer> answer = delegate.resolve(hostname, timeout);
    lookups.put(hostname, answer);
    return answer;
  }

  @Override
  public Optional<HttpAnswer> http(HttpGet request) {
    Optional<HttpAnswer> answer = delegate.http(request);
    answer.ifPresent(a -> answers.put(request.uri().toString(), a));
    return answer;
  }

  @Override
  public CommandResult run(List<String> argv, Duration timeout) {
    CommandResult result = delegate.run(argv, timeout);
    if (!result.notFound()) {
      commands.put(List.copyOf(argv), result);
    }
    return result;
  }


  @Override
  public Optional<String> registryValue(String key, String name) {
    Optional<String> value = delegate.registryValue(key, name);
    value.ifPresent(v -> registry.put(key + "\u0000" + name, v));
    return value;
  }

}
